import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { networkAddress, type Interfaces } from '../../src/node/room/address.ts';
import { paceAt, paceWords } from '../../src/room/pace.ts';
import { questionsFileName, questionsFileText } from '../../src/node/room/questions-file.ts';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({ address, family: 'IPv4', internal, netmask: '255.255.255.0', mac: '00:00:00:00:00:00', cidr: `${address}/24` });
const v6 = (address: string): NetworkInterfaceInfo => ({ address, family: 'IPv6', internal: false, netmask: 'ffff:ffff:ffff:ffff::', mac: '00:00:00:00:00:00', cidr: `${address}/64`, scopeid: 0 });

describe('the laptop\'s address on the room\'s network', () => {
  it('takes the Wi-Fi\'s address, not loopback, IPv6, link-local or a container\'s bridge', () => {
    const laptop: Interfaces = {
      lo: [v4('127.0.0.1', true)],
      docker0: [v4('172.17.0.1')],
      'vEthernet (WSL)': [v4('172.28.160.1')],
      wlan0: [v4('169.254.10.2'), v6('fe80::1'), v4('192.168.1.20')],
    };
    expect(networkAddress(laptop)).toBe('192.168.1.20');
  });

  it('takes a hotspot\'s or a wired network\'s address (macOS and Windows names too)', () => {
    expect(networkAddress({ lo0: [v4('127.0.0.1', true)], en0: [v4('10.0.0.7')] })).toBe('10.0.0.7');
    expect(networkAddress({ 'Wi-Fi': [v4('172.20.10.2')], Loopback: [v4('127.0.0.1', true)] })).toBe('172.20.10.2');
  });

  it('prefers a private network to a public address, and a real interface to a VPN', () => {
    expect(networkAddress({ eth0: [v4('81.2.69.160')], wlan0: [v4('192.168.0.5')] })).toBe('192.168.0.5');
    expect(networkAddress({ utun3: [v4('10.8.0.2')], en0: [v4('192.168.43.9')] })).toBe('192.168.43.9');
    expect(networkAddress({ eth0: [v4('81.2.69.160')] })).toBe('81.2.69.160');
  });

  it('has none on a laptop with no network: loopback, link-local and IPv6 alone', () => {
    expect(networkAddress({})).toBeUndefined();
    expect(networkAddress({ lo: [v4('127.0.0.1', true)], wlan0: [v4('169.254.3.3'), v6('fe80::2')], eth0: undefined })).toBeUndefined();
  });
});

describe('the time against the plan', () => {
  const slides = [
    { id: 'a', seconds: 60, optional: false },
    { id: 'b', seconds: 120, optional: true },
    { id: 'c', seconds: 180, optional: false },
  ];

  it('places a slide in the talk given', () => {
    expect(paceAt(slides, 'full', 'c')).toEqual({ number: 3, count: 3, plannedBefore: 180, plannedTotal: 360 });
    expect(paceAt(slides, 'short', 'c')).toEqual({ number: 2, count: 2, plannedBefore: 60, plannedTotal: 240 });
    expect(paceAt(slides, 'short', 'b')).toBeUndefined();
    // The clock started as the presenter left slide a: the plan counts from b.
    expect(paceAt(slides, 'full', 'c', 'a')).toEqual({ number: 3, count: 3, plannedBefore: 120, plannedTotal: 300 });
    expect(paceAt(slides, 'full', 'a', 'b')).toMatchObject({ plannedBefore: 0 });
  });

  it('says it in plain words', () => {
    const pace = paceAt(slides, 'full', 'c')!;
    expect(paceWords(null, pace)).toEqual({ time: '0 of 6 minutes', against: 'Not started yet' });
    expect(paceWords(200_000, pace)).toEqual({ time: '3 of 6 minutes', against: 'On time' });
    expect(paceWords(300_000, pace)).toEqual({ time: '5 of 6 minutes', against: '2 minutes behind' });
    expect(paceWords(60_000, pace)).toEqual({ time: '1 of 6 minutes', against: '2 minutes ahead' });
    expect(paceWords(100_000, paceAt(slides, 'full', 'b')!).against).toBe('On time');
  });
});

describe('the questions file', () => {
  it('lists the open questions by votes, then the answered and the hidden, with no names', () => {
    const when = new Date(2027, 1, 13, 15, 30);
    expect(questionsFileName(when)).toBe('room-questions-2027-02-13-1530.txt');
    const text = questionsFileText(
      [
        { id: 'a', text: 'Is it safe?', votes: 1, status: 'open', order: 0 },
        { id: 'b', text: 'How long?', votes: 3, status: 'open', order: 1 },
        { id: 'c', text: 'Who pays?', votes: 2, status: 'answered', order: 2 },
        { id: 'd', text: 'Rude words', votes: 1, status: 'hidden', order: 3 },
      ],
      'Stem cell therapy for MS',
      when,
    );
    expect(text).toBe(
      [
        'Questions from the room: Stem cell therapy for MS',
        'Written 2027-02-13 at 15:30.',
        '',
        'Not answered yet',
        '1. How long? (3 people)',
        '2. Is it safe? (1 person)',
        '',
        'Answered',
        '1. Who pays? (2 people)',
        '',
        'Hidden from the audience',
        '1. Rude words (1 person)',
        '',
      ].join('\n'),
    );
  });
});
