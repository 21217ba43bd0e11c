using System.Net;

namespace CareDirectory.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> headers are believed (configuration
/// section <c>ForwardedHeaders</c>). Empty by default: then the headers are ignored, since any client can send them,
/// and rate limits and logs use the connection's own address.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/8</c> (a Kubernetes pod network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies (entries of <c>X-Forwarded-For</c>, from the right) are unwound at most.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>Every setting that does not parse, named by its configuration key.</summary>
    public IEnumerable<string> Problems()
    {
        for (var i = 0; i < KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i], out _))
            {
                yield return $"{Section}:{nameof(KnownProxies)}:{i} is '{KnownProxies[i]}'; expected an IP address such as 10.0.0.5.";
            }
        }

        for (var i = 0; i < KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(KnownNetworks[i], out _))
            {
                yield return $"{Section}:{nameof(KnownNetworks)}:{i} is '{KnownNetworks[i]}'; expected a network in CIDR form such as 10.0.0.0/8.";
            }
        }

        if (ForwardLimit < 1)
        {
            yield return $"{Section}:{nameof(ForwardLimit)} must be at least 1.";
        }
    }
}
