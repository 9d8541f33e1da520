using System.Net;
using System.Net.Sockets;

namespace DiplomacyPortal.Data.Fetching;

/// <summary>
/// Where the fetcher may connect: only to public addresses unless configured otherwise. Checked on the address the
/// socket actually connects to, after DNS, so a name that resolves to a private address (or changes its answer
/// between two lookups) is refused too.
/// </summary>
public static class NetworkGuard
{
    private static readonly IPNetwork[] PrivateNetworks =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("224.0.0.0/4"),
        IPNetwork.Parse("240.0.0.0/4"), IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"), IPNetwork.Parse("fc00::/7"), IPNetwork.Parse("fe80::/10"),
        IPNetwork.Parse("ff00::/8"),
    ];

    /// <summary>Whether an address is on a private, loopback, link-local or otherwise non-public network.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return PrivateNetworks.Any(network => network.BaseAddress.AddressFamily == address.AddressFamily && network.Contains(address));
    }

    /// <summary>A connect step for <see cref="SocketsHttpHandler.ConnectCallback"/> that refuses private addresses unless allowed.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connect(bool allowPrivate) => async (context, cancellationToken) =>
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(a => allowPrivate || !IsPrivate(a)).ToList();
        if (allowed.Count == 0)
        {
            throw new HttpRequestException($"{context.DnsEndPoint.Host} is on a private network; the portal fetches only from public addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.Select(a => new IPEndPoint(a, context.DnsEndPoint.Port)).First(), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };
}
