import type { LoadedCrash } from '../../worker/engineApi.ts';

// Hand-written crashes that exercise each rule, so the playground is useful
// offline on first start. Ids are valid crash ids (date suffix 261125).

type Frame = Record<string, unknown>;
const fn = (name: string, module = 'xul.dll', extra: Frame = {}): Frame => ({ function: name, module, ...extra });
const thread = (...frames: Frame[]) => ({ frames: frames.map((frame, index) => ({ frame: index, ...frame })) });

const windows = { os: 'Windows NT', crashing_thread: 0, reason: 'EXCEPTION_ACCESS_VIOLATION_READ' };

export const EXAMPLE_CRASHES: readonly LoadedCrash[] = [
  {
    id: 'e0000001-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'EXCEPTION_BREAKPOINT',
      oom_allocation_size: 65536,
      original_signature: 'OOM | small',
      threads: [thread(fn('mozalloc_abort'), fn('mozalloc_handle_oom(unsigned __int64)'), fn('moz_xmalloc'), fn('nsTArray_base<nsTArrayInfallibleAllocator>::EnsureCapacity(unsigned __int64, unsigned __int64)'))],
    },
  },
  {
    id: 'e0000002-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'EXCEPTION_BREAKPOINT',
      oom_allocation_size: 104857600,
      original_signature: 'OOM | large | mozalloc_abort | mozalloc_handle_oom | moz_xmalloc | mozilla::gfx::SourceSurfaceAlignedRawData::Init',
      threads: [
        thread(
          fn('KERNELBASE.dll', 'KERNELBASE.dll'),
          fn('mozalloc_abort'),
          fn('mozalloc_handle_oom(unsigned __int64)'),
          fn('moz_xmalloc'),
          fn('mozilla::gfx::SourceSurfaceAlignedRawData::Init(mozilla::gfx::IntSizeTyped<mozilla::gfx::UnknownUnits> const&, mozilla::gfx::SurfaceFormat, bool, unsigned char, int)'),
          fn('mozilla::gfx::Factory::CreateDataSourceSurface(mozilla::gfx::IntSizeTyped<mozilla::gfx::UnknownUnits> const&, mozilla::gfx::SurfaceFormat, bool)'),
        ),
      ],
    },
  },
  {
    id: 'e0000003-0000-4000-8000-00000a261125',
    crash: {
      os: 'Windows NT',
      crashing_thread: 3,
      reason: 'EXCEPTION_BREAKPOINT',
      original_signature: 'shutdownhang | NtWaitForAlertByThreadId | RtlSleepConditionVariableSRW | SleepConditionVariableSRW | mozilla::detail::ConditionVariableImpl::wait | nsThread::ProcessNextEvent',
      threads: [
        thread(
          fn('NtWaitForAlertByThreadId', 'ntdll.dll'),
          fn('RtlSleepConditionVariableSRW', 'ntdll.dll'),
          fn('SleepConditionVariableSRW', 'KERNELBASE.dll'),
          fn('mozilla::detail::ConditionVariableImpl::wait(mozilla::detail::MutexImpl&)'),
          fn('nsThread::ProcessNextEvent(bool, bool*)'),
        ),
        thread(fn('NtWaitForSingleObject', 'ntdll.dll')),
        thread(fn('ZwWaitForWorkViaWorkerFactory', 'ntdll.dll')),
        thread(fn('mozilla::(anonymous namespace)::RunWatchdog(void*)'), fn('_PR_NativeRunThread(void*)', 'nss3.dll')),
      ],
    },
  },
  {
    id: 'e0000004-0000-4000-8000-00000a261125',
    crash: {
      os: 'Linux',
      crashing_thread: 0,
      reason: 'SIGSEGV /SEGV_MAPERR',
      abort_message: '[Parent 2816, Main Thread] ###!!! ABORT: Unexpected state in Stop(): file /builds/worker/checkouts/gecko/dom/media/MediaDecoder.cpp:412',
      original_signature: 'Abort | Unexpected state in Stop() | NS_DebugBreak | mozilla::MediaDecoder::Stop',
      threads: [
        thread(
          fn('MOZ_Crash(char const*, int, char const*)', 'libxul.so'),
          fn('NS_DebugBreak', 'libxul.so'),
          fn('mozilla::MediaDecoder::Stop()', 'libxul.so', { file: 'hg:hg.mozilla.org/mozilla-central:dom/media/MediaDecoder.cpp:abc', line: 412 }),
          fn('mozilla::MediaDecoder::Shutdown()', 'libxul.so'),
        ),
      ],
    },
  },
  {
    id: 'e0000005-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      ipc_channel_error: 'ShutDownKill',
      additional_minidumps: ['upload_file_minidump_browser'],
      original_signature: 'IPCError-browser | ShutDownKill',
      threads: [thread(fn('NtWaitForSingleObject', 'ntdll.dll'), fn('mozilla::ipc::MessageChannel::Send'))],
    },
  },
  {
    id: 'e0000006-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      ipc_message_name: 'PContent::Msg_PBrowserConstructor',
      original_signature: 'mozilla::ipc::FatalError | mozilla::ipc::IProtocol::HandleFatalError | IPC_Message_Name=PContent::Msg_PBrowserConstructor',
      threads: [
        thread(
          fn('mozilla::ipc::FatalError(char const*, bool)'),
          fn('mozilla::ipc::IProtocol::HandleFatalError(char const*) const'),
          fn('mozilla::dom::PContentChild::OnMessageReceived(IPC::Message const&)'),
        ),
      ],
    },
  },
  {
    id: 'e0000007-0000-4000-8000-00000a261125',
    crash: {
      java_stack_trace:
        'java.lang.IllegalStateException: Activity has been destroyed android.app.Activity@4a1b2c3d\n\tat org.mozilla.fenix.HomeActivity.onResume(HomeActivity.kt:321)\n\tat android.app.Activity.performResume(Activity.java:8422)',
      original_signature: 'java.lang.IllegalStateException: Activity has been destroyed android.app.Activity@<addr>: at org.mozilla.fenix.HomeActivity.onResume(HomeActivity.kt:321)',
    },
  },
  {
    id: 'e0000008-0000-4000-8000-00000a261125',
    crash: {
      java_exception: {
        exception: {
          values: [
            {
              stacktrace: {
                module: 'java.lang',
                type: 'NullPointerException',
                frames: [
                  { module: 'mozilla.components.browser.engine.gecko', function: 'GeckoEngineSession.onLocationChange', filename: 'GeckoEngineSession.kt' },
                  { module: 'org.mozilla.geckoview', function: 'GeckoSession$3.handleMessage', filename: 'GeckoSession.java' },
                ],
              },
            },
          ],
        },
      },
      original_signature: 'java.lang.NullPointerException: at mozilla.components.browser.engine.gecko.GeckoEngineSession.onLocationChange(GeckoEngineSession.kt)',
    },
  },
  {
    id: 'e0000009-0000-4000-8000-00000a261125',
    crash: {
      os: 'Linux',
      crashing_thread: 0,
      reason: 'SIGSEGV /SEGV_MAPERR',
      original_signature: 'core::panicking::panic_fmt | core::result::unwrap_failed | webrender::renderer::Renderer::update_texture_cache',
      threads: [
        thread(
          fn('std::sys::unix::abort_internal', 'libxul.so', { file: 'git:github.com/rust-lang/rust:library/std/src/sys/unix/mod.rs:abc', line: 292 }),
          fn('std::panicking::rust_panic_with_hook', 'libxul.so', { file: 'git:github.com/rust-lang/rust:library/std/src/panicking.rs:abc', line: 735 }),
          fn('core::panicking::panic_fmt::h2c6ab54a3f29f2b5', 'libxul.so', { file: 'git:github.com/rust-lang/rust:library/core/src/panicking.rs:abc', line: 72 }),
          fn('core::result::unwrap_failed::h0a8e4c2b1d3f5e6a', 'libxul.so', { file: 'git:github.com/rust-lang/rust:library/core/src/result.rs:abc', line: 1654 }),
          fn('webrender::renderer::Renderer::update_texture_cache::h1f2e3d4c5b6a7988', 'libxul.so', {
            file: 'hg:hg.mozilla.org/mozilla-central:gfx/wr/webrender/src/renderer/mod.rs:abc',
            line: 3021,
          }),
        ),
      ],
    },
  },
  {
    id: 'e000000a-0000-4000-8000-00000a261125',
    crash: {
      os: 'Mac OS X',
      crashing_thread: 0,
      reason: 'EXC_BAD_ACCESS / KERN_INVALID_ADDRESS',
      original_signature: 'IPC::ParamTraits<mozilla::layers::WebGPUCommandEncoderDescriptor>::Read | ...',
      threads: [
        thread(
          // IPC:: frames are prefixes, so the walk keeps going and the signature outgrows 255 characters.
          ...['WebGPUCommandEncoderDescriptor', 'RemoteTextureOwnerIdDescriptor', 'SurfaceDescriptorRemoteDecoder', 'CompositableOperationDetail', 'OpUpdateResourceDescriptor'].map(
            (type) => fn(`IPC::ParamTraits<mozilla::layers::${type}>::Read(IPC::MessageReader*, mozilla::layers::${type}*)`, 'XUL'),
          ),
          fn('mozilla::layers::PCompositorBridgeParent::OnMessageReceived(IPC::Message const&)', 'XUL'),
        ),
      ],
    },
  },
];
