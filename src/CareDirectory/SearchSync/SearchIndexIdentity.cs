using CareDirectory.Search;
using CareDirectory.Search.Elasticsearch;
using CareDirectory.Search.Lucene;
using Microsoft.Extensions.Options;

namespace CareDirectory.SearchSync;

/// <summary>
/// Which index this process writes, as the name of its checkpoint in <c>SyncCheckpoints</c>: every index follows the
/// change log from its own position. An embedded Lucene index belongs to one process and gets an identity of its own
/// the first time it is opened, kept in a file in its folder (so a restart catches up from where that index was,
/// and a new, empty folder is a new index that builds); an Elasticsearch alias is shared by every process that
/// names it and has one checkpoint, written by the one process whose sync worker is on.
/// </summary>
public sealed class SearchIndexIdentity(IConfiguration configuration, IOptions<LuceneSearchOptions> lucene, IOptions<ElasticsearchSearchOptions> elasticsearch)
{
    private const string FileName = "index-identity";
    private readonly Lazy<string> _consumer = new(() => Resolve(configuration, lucene.Value, elasticsearch.Value));

    /// <summary>The checkpoint's name, e.g. <c>search:lucene:2f1c…</c> or <c>search:elasticsearch:caredirectory</c>.</summary>
    public string Consumer => _consumer.Value;

    /// <summary>True when the configured backend is the embedded Lucene index (decided before any index is opened).</summary>
    public static bool IsEmbedded(IConfiguration configuration) =>
        configuration["Search:Provider"] is not { Length: > 0 } provider || provider.Equals(nameof(SearchProvider.Lucene), StringComparison.OrdinalIgnoreCase);

    private static string Resolve(IConfiguration configuration, LuceneSearchOptions lucene, ElasticsearchSearchOptions elasticsearch)
    {
        if (!IsEmbedded(configuration))
        {
            // The checkpoint's name has room for 64 characters; aliases that long differ well before the end.
            var name = $"search:elasticsearch:{elasticsearch.IndexAlias}";
            return name.Length <= 64 ? name : name[..64];
        }

        if (lucene.Path is not { } path)
        {
            return $"search:lucene:{Guid.NewGuid():N}";
        }

        Directory.CreateDirectory(path);
        var file = Path.Combine(path, FileName);
        if (!File.Exists(file))
        {
            // Written aside and moved in: a process killed half-way never leaves an empty identity behind.
            var draft = file + ".new";
            File.WriteAllText(draft, Guid.NewGuid().ToString("N"));
            File.Move(draft, file, overwrite: false);
        }

        return $"search:lucene:{File.ReadAllText(file).Trim()}";
    }
}
