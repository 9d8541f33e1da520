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

    // The allowed networks, read from AllowFrom once (options are bound after construction).
    private IReadOnlyList<IPNetwork>? _networks;

    /// <summary>Whether a client at <paramref name="address"/> may read the metrics.</summary>
    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        address = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        _networks ??= [.. AllowFrom.Select(Network)];
        return IPAddress.IsLoopback(address) || _networks.Any(network => network.Contains(address));
    }

    /// <summary>The first entry of AllowFrom that is neither an address nor a CIDR range, for the start-up check.</summary>
    public string? FirstInvalidEntry() =>
        AllowFrom.FirstOrDefault(entry => entry.Contains('/', StringComparison.Ordinal) ? !IPNetwork.TryParse(entry, out _) : !IPAddress.TryParse(entry, out _));

    private static IPNetwork Network(string entry) =>
        entry.Contains('/', StringComparison.Ordinal) ? IPNetwork.Parse(entry) : new IPNetwork(IPAddress.Parse(entry), IPAddress.Parse(entry).GetAddressBytes().Length * 8);
}
