import type { NetworkInterfaceInfo } from 'node:os';

/** What os.networkInterfaces() gives: each interface's name and its addresses. */
export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Interfaces that virtual machines, containers and VPNs make: phones in the room cannot reach them. */
const VIRTUAL = /^(docker|br-|veth|virbr|vmnet|vboxnet|vethernet|utun|tun|tap|wg|zt|tailscale|lxc|lxd|cni|flannel|podman)/i;

const isPrivate = (address: string): boolean => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address);

/**
 * The laptop's address on the room's network (the venue's Wi-Fi, or its own hotspot): an IPv4
 * address that is not the laptop's own loopback or a link-local one, on a private network
 * before a public one, on a real interface before a virtual one. Undefined when it has none.
 */
export function networkAddress(interfaces: Interfaces): string | undefined {
  const candidates = Object.entries(interfaces).flatMap(([name, addresses]) =>
    (addresses ?? [])
      .filter((info) => info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.'))
      .map((info) => ({ address: info.address, score: (isPrivate(info.address) ? 2 : 0) + (VIRTUAL.test(name) ? -4 : 0) })),
  );
  candidates.sort((a, b) => b.score - a.score);
  return candidates[0]?.address;
}
