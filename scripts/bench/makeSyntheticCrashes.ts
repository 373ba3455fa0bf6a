/**
 * Deterministic, realistic-looking processed crashes for benchmarks: skewed
 * function popularity (a few hot frames, a long tail), C++ templates and
 * arguments, Rust hashes, inlines, Windows/Linux/macOS modules, and the
 * annotations that trigger each rule (OOM, abort, shutdown hang, IPC, Java).
 */

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMESPACES = ['mozilla', 'mozilla::dom', 'mozilla::gfx', 'mozilla::net', 'js::jit', 'js::gc', 'mozilla::layers', 'mozilla::ipc', 'nsDocShell', 'PresShell'];
const CLASSES = ['Element', 'Document', 'HttpChannel', 'CodeGenerator', 'Compositor', 'TextureClient', 'ContentParent', 'Runnable', 'EventQueue', 'Promise', 'Worker', 'Canvas'];
const METHODS = ['Run', 'Init', 'Flush', 'OnStartRequest', 'visitCall', 'Paint', 'Dispatch', 'Resolve', 'Destroy', 'Update', 'AddRef', 'Release'];
const NOISE = ['KiFastSystemCallRet', 'NtWaitForSingleObject', 'WaitForSingleObjectEx', 'memcpy', 'RtlUserThreadStart', 'BaseThreadInitThunk', '__libc_start_main', 'pthread_mutex_lock', 'mozilla::detail::MutexImpl::lock', 'nsThread::ProcessNextEvent(bool, bool*)', 'NS_ProcessNextEvent(nsIThread*, bool)', 'MessageLoop::Run()', 'mozalloc_abort', 'moz_xmalloc', 'malloc', 'RtlFreeHeap'];
const MODULES = { win: ['xul.dll', 'ntdll.dll', 'KERNELBASE.dll', 'mozglue.dll', 'nvwgf2umx.dll'], linux: ['libxul.so', 'libc.so.6', 'libglib-2.0.so.0'], mac: ['XUL', 'libsystem_kernel.dylib'] };

function makeFunctionPool(random: () => number, size: number): string[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const pool: string[] = [];
  for (let i = 0; i < size; i++) {
    const kind = random();
    const name = `${pick(NAMESPACES)}::${pick(CLASSES)}${i % 97}::${pick(METHODS)}`;
    if (kind < 0.5) pool.push(`${name}(${pick(CLASSES)}*, unsigned int) const`);
    else if (kind < 0.75) pool.push(`static void ${name}<${pick(CLASSES)}<int>, bool>(mozilla::Span<char const> const&)`);
    else if (kind < 0.85) pool.push(`${name}::$_${i % 13}::operator()() const`);
    else pool.push(`<${pick(CLASSES).toLowerCase()}::Thing as core::ops::Drop>::drop::h${(i * 2654435761 >>> 0).toString(16).padStart(16, '0')}`);
  }
  return pool;
}

export function makeSyntheticCrashes(count: number, seed = 1): Record<string, unknown>[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  // Zipf-like popularity: low indexes are much more common.
  const skewed = <T>(items: readonly T[]) => items[Math.floor(items.length * random() ** 3)] as T;
  const pool = makeFunctionPool(random, 4000);
  const crashes: Record<string, unknown>[] = [];

  for (let n = 0; n < count; n++) {
    const platform = pick(['win', 'win', 'win', 'linux', 'mac'] as const);
    const os = { win: 'Windows NT', linux: 'Linux', mac: 'Mac OS X' }[platform];
    const modules = MODULES[platform];
    const frameCount = 15 + Math.floor(random() * 45);
    const frames = [];
    for (let f = 0; f < frameCount; f++) {
      const roll = random();
      const module = pick(modules);
      const offset = `0x${Math.floor(random() * 0xffffff).toString(16).padStart(16, '0')}`;
      if (f < 3 && roll < 0.5) {
        frames.push({ frame: f, module, offset, function: pick(NOISE), trust: 'context' });
      } else if (roll < 0.08) {
        frames.push({ frame: f, module, offset, module_offset: '0x1234', trust: 'scan' });
      } else {
        const fn = skewed(pool);
        const rust = fn.includes('::h');
        const frame: Record<string, unknown> = {
          frame: f,
          module,
          offset,
          module_offset: '0xabc',
          function: fn,
          file: rust ? 'hg:hg.mozilla.org/mozilla-central:third_party/rust/x/src/lib.rs:abc' : 'hg:hg.mozilla.org/mozilla-central:dom/base/x.cpp:abc',
          line: 1 + Math.floor(random() * 4000),
          trust: 'cfi',
        };
        if (random() < 0.1) frame.inlines = [{ function: skewed(pool), file: 'dom/base/y.h', line: 12 }];
        frames.push(frame);
      }
    }
    const crash: Record<string, unknown> = {
      uuid: `bench-${n}`,
      signature: 'production | signature',
      json_dump: {
        crash_info: { type: platform === 'win' ? 'EXCEPTION_ACCESS_VIOLATION_READ' : 'SIGSEGV /SEGV_MAPERR', crashing_thread: 0 },
        system_info: { os },
        threads: [{ frames }, { frames: frames.slice(5) }],
      },
    };
    const annotation = random();
    if (annotation < 0.1) crash.oom_allocation_size = Math.floor(random() * 2_000_000);
    else if (annotation < 0.15) crash.abort_message = `###!!! ABORT: assertion failed ${n % 50}: file dom/x.cpp:${n % 900}`;
    else if (annotation < 0.18) crash.ipc_channel_error = 'ShutDownKill';
    else if (annotation < 0.2) crash.async_shutdown_timeout = '{"phase": "profile-before-change", "conditions": [{"name": "B"}, {"name": "A"}]}';
    else if (annotation < 0.23) crash.java_stack_trace = `java.lang.IllegalStateException: state ${n % 7}\n\tat org.mozilla.Foo.bar(Foo.java:${n % 300})`;
    else if (annotation < 0.26) (frames[0] as Record<string, unknown>).function = 'mozilla::(anonymous namespace)::RunWatchdog(void*)';
    crashes.push(crash);
  }
  return crashes;
}
