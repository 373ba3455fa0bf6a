import { describe, expect, it } from 'vitest';
import { SignatureIPCChannelError } from './SignatureIPCChannelError.ts';
import { SignatureIPCMessageName } from './SignatureIPCMessageName.ts';
import { applyRule } from './ruleTestKit.ts';

describe('SignatureIPCChannelError', () => {
  it.each([
    ['no error', {}, null],
    ['content process', { ipc_channel_error: 'ShutDownKill' }, 'IPCError-content | ShutDownKill'],
    ['browser minidump listed', { ipc_channel_error: 'ShutDownKill', additional_minidumps: ['upload_file_minidump_browser'] }, 'IPCError-browser | ShutDownKill'],
    ['minidumps as comma text', { ipc_channel_error: 'X', additional_minidumps: 'upload_file_minidump_browser,content' }, 'IPCError-browser | X'],
    ['error cut to 100 characters', { ipc_channel_error: 'e'.repeat(150) }, `IPCError-content | ${'e'.repeat(100)}`],
  ])('%s', (_label, crash, expected) => {
    const state = applyRule(SignatureIPCChannelError, crash, 'stack | sig');
    expect(state?.signature ?? null).toBe(expected);
    if (state) expect(state.notes).toEqual(['SignatureIPCChannelError: IPC Channel Error stomped on signature']);
  });
});

describe('SignatureIPCMessageName', () => {
  it.each([
    ['no name', {}, null],
    ['empty name', { ipc_message_name: '' }, null],
    ['name appended', { ipc_message_name: 'PContent::Msg_X' }, 'sig | IPC_Message_Name=PContent::Msg_X'],
  ])('%s', (_label, crash, expected) => {
    expect(applyRule(SignatureIPCMessageName, crash, 'sig')?.signature ?? null).toBe(expected);
  });
});
