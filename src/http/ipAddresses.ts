import ipaddr from 'ipaddr.js'

/**
 * One `TRUSTED_PROXIES` entry as a CIDR range in canonical form (`10.0.0.0/8`, `127.0.0.1/32`,
 * `::1/128`; an IPv4-mapped IPv6 range as IPv4), or `null` when it is neither an address nor a
 * range.
 */
export function normaliseProxyRange({ entry }: { entry: string }): string | null {
  try {
    if (!entry.includes('/')) {
      const address = normaliseAddress(entry)
      if (address === null) return null
      return `${address}/${ipaddr.parse(address).kind() === 'ipv4' ? 32 : 128}`
    }
    const [address, prefix] = ipaddr.parseCIDR(entry)
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
      if (prefix < 96) return `${address.toString()}/${prefix}`
      return `${(address as ipaddr.IPv6).toIPv4Address().toString()}/${prefix - 96}`
    }
    return `${address.toString()}/${prefix}`
  } catch {
    return null
  }
}

/**
 * A valid address in canonical form (IPv4-mapped IPv6 as IPv4), or `null`. Accepts the
 * `[v6]:port` and `v4:port` forms some proxies write; refuses the short IPv4 forms (`127.1`)
 * that `inet_aton` allows and no proxy writes.
 */
export function normaliseAddress(value: string | null | undefined): string | null {
  if (!value || value.length > 100) return null
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  const candidate = bracketed?.[1] ?? (/^[\d.]+:\d+$/.test(value) ? value.split(':')[0]! : value)
  if (!ipaddr.IPv4.isValidFourPartDecimal(candidate) && !ipaddr.IPv6.isValid(candidate)) {
    return null
  }
  const address = ipaddr.parse(candidate)
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address().toString()
    : address.toString()
}
