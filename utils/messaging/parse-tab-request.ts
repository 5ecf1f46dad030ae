/**
 * The content script's check of what arrives as a tab request (protocol.ts, `TabRequest`). No
 * zod: this module is part of the content script. Only the extension's own pages and background
 * can send tab messages (`tabs.sendMessage` is not available to web pages), and the listener
 * checks the sender too; this refuses anything malformed.
 */
import type { TabRequest } from './protocol';

const ENTRY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The request, if `value` is a well-formed tab request; undefined for anything else. */
export function parseTabRequest(value: unknown): TabRequest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'qarina:pageInfo':
    case 'qarina:listMentions':
      return { type: message.type };
    case 'qarina:revealMention':
      return typeof message.entryId === 'string' && ENTRY_ID.test(message.entryId)
        ? { type: message.type, entryId: message.entryId }
        : undefined;
    case 'qarina:navigate':
      return message.direction === 'next' || message.direction === 'previous'
        ? { type: message.type, direction: message.direction }
        : undefined;
    default:
      return undefined;
  }
}
