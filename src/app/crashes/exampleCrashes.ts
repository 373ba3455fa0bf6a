import type { LoadedCrash } from '../../worker/engineApi.ts';
import { fn, thread, windows } from './crashShapes.ts';

// Hand-written crashes that exercise each rule, so the playground is useful
// offline on first start. Ids are valid crash ids (date suffix 261125).

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
  {
    // The stackwalker could not read the minidump at all: the signature says why.
    id: 'e000000b-0000-4000-8000-00000a261125',
    crash: {
      os: 'Windows NT',
      crashing_thread: null,
      mdsw_status_string: 'ERROR_NO_MINIDUMP_HEADER',
      original_signature: 'EMPTY: no frame data available; ERROR_NO_MINIDUMP_HEADER',
      threads: [],
    },
  },
  {
    // A failing disk: reading omni.ja through a memory-mapped page raised an in-page error.
    id: 'e000000c-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'EXCEPTION_IN_PAGE_ERROR_READ / STATUS_DEVICE_DATA_ERROR',
      original_signature: 'bad hardware | nsZipArchive::GetDataOffset',
      threads: [
        thread(
          fn('nsZipArchive::GetDataOffset(nsZipItem*)', 'xul.dll', { file: 'hg:hg.mozilla.org/releases/mozilla-release:modules/libjar/nsZipArchive.cpp:abc', line: 726 }),
          fn('nsZipArchive::GetData(nsZipItem*)'),
          fn('nsJARInputStream::InitFile(nsZipHandle*, nsZipItem*)'),
          fn('nsJAR::GetInputStreamWithSpec(nsTSubstring<char> const&, nsTSubstring<char> const&, nsIInputStream**)'),
        ),
      ],
    },
  },
  {
    // A shutdown blocker never finished: the JavaScript side of AsyncShutdown aborts the process.
    id: 'e000000d-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'EXCEPTION_BREAKPOINT',
      async_shutdown_timeout: JSON.stringify({
        phase: 'profile-before-change',
        conditions: [
          { name: 'Places Clients shutdown', state: { progress: 'Waiting for clients' }, filename: 'resource://gre/modules/PlacesUtils.sys.mjs', lineNumber: 2046, stack: ['resource://gre/modules/PlacesUtils.sys.mjs:setupPlacesShutdown:2046'] },
          { name: "JSON store: writing data for 'creditcards'", state: '(none)', filename: 'resource://gre/modules/JSONFile.sys.mjs', lineNumber: 164, stack: ['resource://gre/modules/JSONFile.sys.mjs:JSONFile:164'] },
        ],
      }),
      original_signature: "AsyncShutdownTimeout | profile-before-change | JSON store: writing data for 'creditcards',Places Clients shutdown",
      threads: [thread(fn('nsDebugImpl::Abort(char const*, int)'), fn('NS_InvokeByIndex'), fn('XPCWrappedNative::CallMethod(XPCCallContext&, XPCWrappedNative::CallMode)'), fn('XPC_WN_CallMethod(JSContext*, unsigned int, JS::Value*)'))],
    },
  },
  {
    // Runaway reflow recursion; a JIT frame (an address only) sits on top, and the stack is deeper than the 40 frames the walk reads.
    id: 'e000000e-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'EXCEPTION_STACK_OVERFLOW',
      original_signature: 'stackoverflow | nsContainerFrame::ReflowChild',
      threads: [
        thread(
          { offset: '0x000001b4f0a3c1d0', trust: 'scan' },
          ...Array.from({ length: 48 }, (_, index) =>
            index % 2 === 0
              ? fn('nsContainerFrame::ReflowChild(nsIFrame*, nsPresContext*, mozilla::ReflowOutput&, mozilla::ReflowInput const&, mozilla::WritingMode, mozilla::LogicalPoint const&, nsSize const&, nsIFrame::ReflowChildFlags, nsReflowStatus&, nsOverflowContinuationTracker*)')
              : fn('nsBlockFrame::Reflow(nsPresContext*, mozilla::ReflowOutput&, mozilla::ReflowInput const&, nsReflowStatus&)'),
          ),
        ),
      ],
    },
  },
  {
    // A user-interface hang report: the main thread waits for window messages.
    id: 'e000000f-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'EXCEPTION_BREAKPOINT',
      hang: 'ui',
      original_signature: 'hang: ui | NtUserMsgWaitForMultipleObjectsEx | MsgWaitForMultipleObjectsEx | mozilla::widget::WinUtils::WaitForMessage | nsAppShell::ProcessNextNativeEvent',
      threads: [
        thread(
          fn('NtUserMsgWaitForMultipleObjectsEx', 'win32u.dll'),
          fn('RealMsgWaitForMultipleObjectsEx', 'user32.dll'),
          fn('MsgWaitForMultipleObjectsEx', 'user32.dll'),
          fn('mozilla::widget::WinUtils::WaitForMessage(unsigned long)'),
          fn('nsAppShell::ProcessNextNativeEvent(bool)'),
          fn('nsBaseAppShell::DoProcessNextNativeEvent(bool)'),
        ),
      ],
    },
  },
  {
    // Heap corruption caught by ntdll, and the stack walk got no further: every frame is irrelevant,
    // so the signature falls back to the first one. One frame came back with nothing in it.
    id: 'e0000010-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'STATUS_HEAP_CORRUPTION',
      original_signature: 'RtlReportFatalFailure',
      threads: [
        thread(
          fn('RtlReportFatalFailure', 'ntdll.dll'),
          fn('RtlReportCriticalFailure', 'ntdll.dll'),
          { trust: 'scan' },
          fn('RtlpHeapHandleError', 'ntdll.dll'),
          fn('RtlpHpHeapHandleError', 'ntdll.dll'),
          fn('RtlpLogHeapFailure', 'ntdll.dll'),
        ),
      ],
    },
  },
  {
    // A build whose symbols were missing: unsymbolicated frames are their module, and repeats collapse.
    id: 'e0000011-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      original_signature: 'xul.dll | BaseThreadInitThunk',
      threads: [
        thread(
          { module: 'xul.dll', module_offset: '0x3b45c2', offset: '0x00007ffb3b45c2' },
          { module: 'xul.dll', module_offset: '0x3b3f10', offset: '0x00007ffb3b3f10' },
          { module: 'xul.dll', module_offset: '0x1e0d77', offset: '0x00007ffb1e0d77' },
          fn('BaseThreadInitThunk', 'kernel32.dll'),
          fn('RtlUserThreadStart', 'ntdll.dll'),
        ),
      ],
    },
  },
  {
    // The old JavaScript interpreter: its crashes differ by line, so signatures_with_line_numbers_re.txt keeps it.
    id: 'e0000012-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      original_signature: 'js_Interpret:2468',
      threads: [
        thread(
          fn('js_Interpret', 'js3250.dll', { file: 'e:\\builds\\moz2_slave\\rel-192-w32-bld\\build\\js\\src\\jsinterp.cpp', line: 2468 }),
          fn('js_Execute', 'js3250.dll'),
          fn('JS_EvaluateUCScriptForPrincipals', 'js3250.dll'),
        ),
      ],
    },
  },
  {
    // A pure virtual call: the runtime's handler calls abort, and the _purecall sentinel starts the walk below it.
    id: 'e0000013-0000-4000-8000-00000a261125',
    crash: {
      ...windows,
      reason: 'EXCEPTION_BREAKPOINT',
      original_signature: '_purecall | mozilla::a11y::DocAccessible::ProcessInvalidationList',
      threads: [
        thread(
          fn('abort', 'ucrtbase.dll'),
          fn('_purecall', 'ucrtbase.dll'),
          fn('mozilla::a11y::DocAccessible::ProcessInvalidationList()'),
          fn('mozilla::a11y::NotificationController::WillRefresh(mozilla::TimeStamp, unsigned long)'),
          fn('nsRefreshDriver::Tick(mozilla::VsyncId, mozilla::TimeStamp, nsRefreshDriver::IsExtraTick)'),
        ),
      ],
    },
  },
  {
    // A Java exception whose message names a user's file: the clean-up rules drop the accents and squeeze the spaces.
    id: 'e0000014-0000-4000-8000-00000a261125',
    crash: {
      java_stack_trace:
        'java.io.FileNotFoundException: /storage/emulated/0/Download/CV  R\u00e9sum\u00e9.pdf: open failed: EACCES (Permission denied)\n\tat libcore.io.IoBridge.open(IoBridge.java:574)\n\tat java.io.FileInputStream.<init>(FileInputStream.java:160)',
      original_signature: 'java.io.FileNotFoundException: /storage/emulated/0/Download/CV Rsum.pdf: open failed: EACCES (Permission denied) at libcore.io.IoBridge.open(IoBridge.java)',
    },
  },
];
