using System.Net;

namespace DiplomacyPortal.Web.Operations;

/// <summary>The Prometheus endpoint (section "Metrics"): off unless enabled, and then answered only to the networks allowed.</summary>
public sealed class MetricsOptions
{
    /// <summary>Whether /metrics is served at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Networks beside loopback (always allowed) that may read /metrics, as addresses or CIDR ranges ("10.0.0.0/8").
    /// Behind a proxy, the client's address is the forwarded one (ASPNETCORE_FORWARDEDHEADERS_ENABLED).
    /// </summary>
    public IList<string> AllowFrom { get; } = [];

    /// <summary>Whether a client at <paramref name="address"/> may read the metrics.</summary>
    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPAddress.IsLoopback(address) || AllowFrom.Select(Network).Any(network => network.Contains(address));
    }

    private static IPNetwork Network(string entry) =>
        entry.Contains('/', StringComparison.Ordinal) ? IPNetwork.Parse(entry) : new IPNetwork(IPAddress.Parse(entry), IPAddress.Parse(entry).GetAddressBytes().Length * 8);
}
