import type { SiglistFile } from '../../engine/types.ts';
import type { LoadedCrash } from '../../worker/engineApi.ts';
import { fn, linux, thread, windows, type Frame } from '../crashes/crashShapes.ts';

/** What a lesson asks: add one line to a list so a crash gets a signature, or predict the signature the engine gives. */
export type LessonTask =
  | { readonly kind: 'add-line'; readonly file: SiglistFile; readonly crashId: string; readonly target: string }
  | { readonly kind: 'predict'; readonly crashId: string };

/** One idea, taught on bundled crashes with the lesson's own lists (the pinned stock lists plus the learner's line). */
export interface Lesson {
  readonly id: string;
  readonly title: string;
  /** The idea, a paragraph each. */
  readonly idea: readonly string[];
  readonly crashes: readonly LoadedCrash[];
  readonly task: LessonTask;
  /** Given one at a time. */
  readonly hints: readonly string[];
  /** The line to add, or the signature to type. */
  readonly solution: string;
}

/** A lesson crash whose crashing thread (thread 0) has these frames. */
const lessonCrash = (id: string, fields: Record<string, unknown>, ...frames: Frame[]): LoadedCrash => ({ id, crash: { ...fields, threads: [thread(...frames)] } });

export const LESSONS: readonly Lesson[] = [
  {
    id: 'signature',
    title: 'What a signature is',
    idea: [
      'A signature names a bucket of crashes that share a cause. For a C++ or Rust crash it is made from the top of the crashing thread’s stack.',
      'Each frame is first normalised, so that builds and compilers do not split buckets: the return type and words like static go, argument lists go, trailing const goes, template arguments become <T>.',
      'The walk then takes frames from the top and stops after the first one that is not a prefix; the frames it keeps are joined with " | ".',
    ],
    crashes: [
      lessonCrash('lesson-signature', windows, fn('static bool mozilla::dom::HTMLSelectElement::IsOptionDisabled(mozilla::dom::HTMLOptionElement*) const'), fn('mozilla::dom::HTMLSelectElement::SelectSomething(bool)')),
    ],
    task: { kind: 'predict', crashId: 'lesson-signature' },
    hints: ['Only the top frame ends up in this signature: it is not a prefix.', 'Drop "static bool ", the argument list "(…)" and the trailing " const".'],
    solution: 'mozilla::dom::HTMLSelectElement::IsOptionDisabled',
  },
  {
    id: 'irrelevant',
    title: 'Irrelevant frames',
    idea: [
      'Some frames are in every other crash: allocators, smart-pointer plumbing, system calls. A signature made of them would lump unrelated crashes together.',
      'irrelevant_signature_re.txt lists them. Each line is a Python regular expression, tried with re.match: it must match from the start of the normalised frame, and may stop before its end. A frame that matches is dropped and the walk goes on to the next.',
      'The irrelevant list is tried before the prefix list, so a line there wins even over a prefix line.',
    ],
    crashes: [
      lessonCrash(
        'lesson-irrelevant',
        { ...windows, reason: 'EXCEPTION_ACCESS_VIOLATION_WRITE' },
        fn('nsCOMPtr_base::assign_with_AddRef(nsISupports*)'),
        fn('mozilla::net::nsHttpChannel::OnStartRequest(nsIRequest*)'),
        fn('mozilla::net::nsInputStreamPump::OnStateStart()'),
      ),
    ],
    task: { kind: 'add-line', file: 'irrelevant_signature_re.txt', crashId: 'lesson-irrelevant', target: 'mozilla::net::nsHttpChannel::OnStartRequest' },
    hints: ['The top frame, nsCOMPtr_base::assign_with_AddRef, only stores a pointer: the bug is in its caller.', 're.match matches from the start: a line with the beginning of the frame’s name is enough.'],
    solution: 'nsCOMPtr_base::',
  },
  {
    id: 'prefix',
    title: 'Prefix frames',
    idea: [
      'Some frames say too little on their own but are worth keeping: a generic accessor tells where it crashed, its caller tells why.',
      'prefix_signature_re.txt lists them. A frame that matches is kept in the signature and the walk goes on to the next frame, until a frame that is not a prefix: that one is kept too, and the walk stops.',
    ],
    crashes: [
      lessonCrash(
        'lesson-prefix',
        windows,
        fn('mozilla::dom::Element::GetBoolAttr(nsAtom*) const'),
        fn('mozilla::dom::HTMLInputElement::IsDisabled() const'),
        fn('mozilla::dom::HTMLInputElement::PreHandleEvent(mozilla::EventChainVisitor&)'),
      ),
    ],
    task: { kind: 'add-line', file: 'prefix_signature_re.txt', crashId: 'lesson-prefix', target: 'mozilla::dom::Element::GetBoolAttr | mozilla::dom::HTMLInputElement::IsDisabled' },
    hints: ['Lines match the normalised frame: no argument list, no const.', 'The line is the top frame’s normalised name.'],
    solution: 'mozilla::dom::Element::GetBoolAttr',
  },
  {
    id: 'sentinel',
    title: 'Sentinels',
    idea: [
      'Sometimes the frames above the interesting one are the crash machinery itself: the crash handler, the fatal-error path. Dropping them one by one is fragile.',
      'signature_sentinels.txt names frames where the walk should start: the first frame from the top that equals a sentinel line starts the walk, and every frame above it is skipped. Sentinels are whole frame names compared exactly, not patterns.',
    ],
    crashes: [
      lessonCrash(
        'lesson-sentinel',
        linux,
        fn('MOZ_CrashSequence', 'libxul.so'),
        fn('mozilla::ipc::FatalError(char const*, bool)', 'libxul.so'),
        fn('mozilla::ipc::IProtocol::HandleFatalError(char const*)', 'libxul.so'),
        fn('mozilla::dom::PContentChild::OnMessageReceived(IPC::Message const&)', 'libxul.so'),
        fn('mozilla::ipc::MessageChannel::DispatchMessage(mozilla::ipc::ActorLifecycleProxy*, mozilla::UniquePtr<IPC::Message, mozilla::DefaultDelete<IPC::Message> >)', 'libxul.so'),
      ),
    ],
    task: { kind: 'add-line', file: 'signature_sentinels.txt', crashId: 'lesson-sentinel', target: 'mozilla::dom::PContentChild::OnMessageReceived' },
    hints: ['The message handler that failed is the fourth frame.', 'Write its normalised name exactly: a sentinel is compared with the whole frame.'],
    solution: 'mozilla::dom::PContentChild::OnMessageReceived',
  },
  {
    id: 'line-numbers',
    title: 'Line numbers',
    idea: [
      'A few functions are so big that one signature for all their crashes would hide many bugs: the JavaScript interpreter is one switch statement over every opcode.',
      'signatures_with_line_numbers_re.txt lists them. It is matched (re.match) against the frame’s function after collapsing, and a match appends ":<line>" to the frame.',
    ],
    crashes: [
      lessonCrash(
        'lesson-line-numbers',
        linux,
        fn('js::Interpret(JSContext*, js::RunState&)', 'libxul.so', { file: 'hg:hg.mozilla.org/releases/mozilla-release:js/src/vm/Interpreter.cpp:abc', line: 3421 }),
        fn('js::RunScript(JSContext*, js::RunState&)', 'libxul.so'),
      ),
    ],
    task: { kind: 'add-line', file: 'signatures_with_line_numbers_re.txt', crashId: 'lesson-line-numbers', target: 'js::Interpret:3421' },
    hints: ['The function after collapsing is js::Interpret.', 'js::Interpret alone would also match js::InterpretSomethingElse: end the line with $.'],
    solution: 'js::Interpret$',
  },
  {
    id: 'oom-abort-shutdown',
    title: 'OOM, aborts and shutdown hangs',
    idea: [
      'Rules after the walk rewrite its signature. Out-of-memory crashes become "OOM | small" when a small allocation failed, else "OOM | large | <signature>". Aborts get "Abort | <message> | <signature>". Shutdown hangs (the watchdog thread crashed the browser) are signed from the main thread and get "shutdownhang | "; async shutdown timeouts are named by their phase and blockers.',
      'The siglists still shape the part after the prefix: change the walk and the rule wraps the new signature.',
    ],
    crashes: [
      lessonCrash(
        'lesson-oom',
        { ...windows, reason: 'EXCEPTION_BREAKPOINT', oom_allocation_size: 67108864 },
        fn('mozalloc_abort'),
        fn('mozalloc_handle_oom(unsigned __int64)'),
        fn('moz_xmalloc'),
        fn('mozilla::image::AnonymousDecodingTask::Run()'),
        fn('mozilla::image::DecodePoolWorker::Run()'),
      ),
    ],
    task: { kind: 'add-line', file: 'prefix_signature_re.txt', crashId: 'lesson-oom', target: 'OOM | large | mozilla::image::AnonymousDecodingTask::Run | mozilla::image::DecodePoolWorker::Run' },
    hints: ['64 MiB is more than 256 KiB: this is "OOM | large | …", and the walk’s signature follows.', 'Make the decoding task a prefix, so the walk goes on to the worker that ran it.'],
    solution: 'mozilla::image::AnonymousDecodingTask::Run',
  },
  {
    id: 'ipc',
    title: 'IPC errors and messages',
    idea: [
      'Crashes in another process’s message handler get the message appended: "<signature> | IPC_Message_Name=<name>". A process killed for an IPC channel error gets "IPCError-browser | <error>" (or -content) instead of its stack.',
      'A line can be any Python pattern: alternatives (a|b), groups, $ for the end of the frame.',
    ],
    crashes: [
      lessonCrash(
        'lesson-ipc',
        { ...windows, reason: 'EXCEPTION_BREAKPOINT', ipc_message_name: 'PContent::Msg_PBrowserConstructor' },
        fn('mozilla::ipc::FatalError(char const*, bool)'),
        fn('mozilla::ipc::IProtocol::HandleFatalError(char const*) const'),
        fn('mozilla::dom::PContentChild::OnMessageReceived(IPC::Message const&)'),
      ),
    ],
    task: { kind: 'add-line', file: 'irrelevant_signature_re.txt', crashId: 'lesson-ipc', target: 'mozilla::dom::PContentChild::OnMessageReceived | IPC_Message_Name=PContent::Msg_PBrowserConstructor' },
    hints: ['Two frames must go, with one line: use an alternation (…|…).', 'Both start with mozilla::ipc:: — but do not drop every mozilla::ipc frame; end with $.'],
    solution: 'mozilla::ipc::(FatalError|IProtocol::HandleFatalError)$',
  },
  {
    id: 'truncation',
    title: 'Truncation',
    idea: [
      'Crash Stats keeps at most 255 characters of a signature: a longer one is cut to 252 and gets "...". Crashes whose signatures differ only after the cut fall into one bucket.',
      'Long signatures come from runs of prefix frames. Starting the walk lower keeps the signature short.',
    ],
    crashes: [
      lessonCrash(
        'lesson-truncation',
        { os: 'Mac OS X', crashing_thread: 0, reason: 'EXC_BAD_ACCESS / KERN_INVALID_ADDRESS' },
        ...['WebGPUCommandEncoderDescriptor', 'RemoteTextureOwnerIdDescriptor', 'SurfaceDescriptorRemoteDecoder', 'CompositableOperationDetail', 'OpUpdateResourceDescriptor'].map((type) =>
          fn(`IPC::ParamTraits<mozilla::layers::${type}>::Read(IPC::MessageReader*, mozilla::layers::${type}*)`, 'XUL'),
        ),
        fn('mozilla::layers::PCompositorBridgeParent::OnMessageReceived(IPC::Message const&)', 'XUL'),
      ),
    ],
    task: {
      kind: 'add-line',
      file: 'signature_sentinels.txt',
      crashId: 'lesson-truncation',
      target: 'IPC::ParamTraits<mozilla::layers::OpUpdateResourceDescriptor>::Read | mozilla::layers::PCompositorBridgeParent::OnMessageReceived',
    },
    hints: ['The outermost ParamTraits frame is the one that read the message that failed.', 'A sentinel starts the walk there; the frames above it are skipped.'],
    solution: 'IPC::ParamTraits<mozilla::layers::OpUpdateResourceDescriptor>::Read',
  },
  {
    id: 'java',
    title: 'Java crashes',
    idea: [
      'Android crashes in Java code have no native frames to walk: the signature is the exception class, its message and the method that threw, read from the first two lines of the Java stack trace. The siglists play no part.',
      'Line numbers are dropped from the method (they change every build), and object addresses in the message (like @4a1b2c3d) become @<addr>.',
    ],
    crashes: [
      {
        id: 'lesson-java',
        crash: {
          java_stack_trace:
            'java.lang.IllegalStateException: Fragment BrowserFragment{5d3c2a1} not attached to a context.\n\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:805)\n\tat org.mozilla.fenix.browser.BaseBrowserFragment.onResume(BaseBrowserFragment.kt:1312)',
        },
      },
    ],
    task: { kind: 'predict', crashId: 'lesson-java' },
    hints: ['Exception class, a colon, the message, a space, then "at" and the method from the second line.', 'The method loses its line number: (Fragment.java:805) becomes (Fragment.java).'],
    solution: 'java.lang.IllegalStateException: Fragment BrowserFragment{5d3c2a1} not attached to a context. at androidx.fragment.app.Fragment.requireContext(Fragment.java)',
  },
];
