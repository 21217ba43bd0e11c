using System.ComponentModel.DataAnnotations;

namespace CareDirectory.GraphQL.Http;

/// <summary>Limits and switches of the <c>/graphql</c> endpoint, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLTransportOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Largest accepted request body; larger bodies get 413.</summary>
    [Range(1, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 100 * 1024;

    /// <summary>Most operations in one batch (a JSON array body).</summary>
    [Range(1, 100)]
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Execution time allowed per operation; then the operation is cancelled with code <c>TIMEOUT</c>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Most lexical tokens in one document (names, punctuation, values), counted before it is parsed: validation
    /// work grows with the document, and some standard rules faster than linearly, so the size is bounded first.
    /// </summary>
    [Range(100, 1_000_000)]
    public int MaxDocumentTokens { get; set; } = 15_000;

    /// <summary>Most times one selection set may select the same response name (field or alias).</summary>
    [Range(1, 10_000)]
    public int MaxRepeatedResponseName { get; set; } = 100;

    [Range(1, 100)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest estimated cost (fields, multiplied by page and list sizes) of one operation: about what a county page
    /// with 20 partners and their programs costs. The one default; appsettings.json does not repeat it.
    /// </summary>
    [Range(1, int.MaxValue)]
    public int MaxCost { get; set; } = 20_000;

    [Range(0, 1000)]
    public int MaxAliases { get; set; } = 30;

    /// <summary>
    /// Most fragment spreads one operation may expand to, counting a fragment again wherever it is spread (a
    /// fragment spread in two places that spreads another counts four). Generated client documents stay in the tens.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxFragmentSpreads { get; set; } = 1000;

    /// <summary>Size assumed for a list or page whose size a query does not state, when estimating cost.</summary>
    [Range(1, 1000)]
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Parsed and validated documents kept for reuse (least recently used out); 0 turns the cache off.</summary>
    [Range(0, 100_000)]
    public int DocumentCacheEntries { get; set; } = 500;

    /// <summary>Total length of the cached documents' text; a parsed document takes roughly ten times that in memory.</summary>
    [Range(0, 100_000_000)]
    public int DocumentCacheCharacters { get; set; } = 1_000_000;

    /// <summary>Accept only persisted documents (<c>documentId</c>); free-form query text is refused.</summary>
    public bool PersistedDocumentsOnly { get; set; }

    /// <summary>Most documents kept from Apollo's Automatic Persisted Queries (least recently used out); 0 turns registration off.</summary>
    [Range(0, 100_000)]
    public int AutomaticPersistedQueryEntries { get; set; } = 1000;

    /// <summary>Total length of the documents kept from Automatic Persisted Queries.</summary>
    [Range(0, 100_000_000)]
    public int AutomaticPersistedQueryCharacters { get; set; } = 2_000_000;

    /// <summary>Folder of persisted <c>.graphql</c> documents, relative to the content root.</summary>
    [Required]
    public string PersistedDocumentsPath { get; set; } = "persisted-documents";

    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>The query GraphiQL opens with on a browser's first visit (the one default: appsettings.json sets none).</summary>
    public string GraphiQLDefaultQuery { get; set; } = """
        # The county page in one request: the state's access line, the county's partners by role
        # (statewide ones too, told apart by scope), their programs, meetings and educator resources.
        query CountyPage {
          county(state: "NJ", slug: "bergen") {
            name
            fips
            accessPoints { name phone hours available24x7 whoMayCall referralSteps }
            partners(first: 20) {
              totalCount
              nodes {
                name
                roles
                scope
                programs {
                  nodes {
                    name
                    eligibility { minimumAge maximumAge populations }
                    cost { free paymentOptions }
                    referral { whoRefers howToRefer phone }
                    responseTime
                    typicalDuration
                  }
                }
              }
            }
            meetings { nodes { title kind scope audiences schedule { text } } }
            educatorResources { nodes { title resourceKind scope url } }
          }
        }
        """;

    /// <summary>Exception messages, type names and stack traces in errors. Defaults to true only in Development.</summary>
    public bool ExposeExceptionDetails { get; set; }
}
