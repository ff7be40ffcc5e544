import { describe, expect, it } from 'vitest';
import { plainTextHosts } from '../../src/ui/options/OptionsPage';

describe('the ws:// warning in Settings', () => {
  it('names hosts reached without TLS, and leaves this computer and wss:// alone', () => {
    expect(plainTextHosts('ws://127.0.0.1:4444\nws://localhost:4444/relay\nws://[::1]:4444')).toEqual([]);
    expect(plainTextHosts('wss://ubt.hospital.example/relay\nws://ubt.hospital.example:4444 ws://10.20.30.40:4444/relay')).toEqual([
      'ubt.hospital.example',
      '10.20.30.40',
    ]);
    expect(plainTextHosts('')).toEqual([]);
  });
});
