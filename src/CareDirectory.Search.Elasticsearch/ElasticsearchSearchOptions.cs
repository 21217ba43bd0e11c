using System.ComponentModel.DataAnnotations;

namespace CareDirectory.Search.Elasticsearch;

/// <summary>Connection to Elasticsearch 9 (configuration section <c>Search:Elasticsearch</c>).</summary>
public sealed class ElasticsearchSearchOptions
{
    /// <summary>Cluster URL, e.g. <c>https://localhost:9200</c>.</summary>
    [Required]
    [Url]
    public string Url { get; set; } = "";

    /// <summary>Base64 API key (the <c>encoded</c> value Elasticsearch returns); takes precedence over basic auth.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>SHA-256 fingerprint (hex) of the cluster's CA or server certificate, for self-signed TLS.</summary>
    public string? CertificateFingerprint { get; set; }

    /// <summary>The alias searches and writes go through; versioned indices are named <c>&lt;alias&gt;-&lt;timestamp&gt;</c>.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9_-]*$")]
    public string IndexAlias { get; set; } = "caredirectory";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Documents per <c>_bulk</c> request during a rebuild.</summary>
    [Range(1, 10_000)]
    public int BulkSize { get; set; } = 500;
}
