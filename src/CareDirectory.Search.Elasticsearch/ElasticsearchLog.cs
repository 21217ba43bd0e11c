using Microsoft.Extensions.Logging;

namespace CareDirectory.Search.Elasticsearch;

internal static partial class ElasticsearchLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created search index {Index} behind alias {Alias}")]
    public static partial void IndexCreated(ILogger logger, string index, string alias);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search alias {Alias} now points at {Index}")]
    public static partial void AliasSwapped(ILogger logger, string alias, string index);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete search index {Index}")]
    public static partial void IndexNotDeleted(ILogger logger, Exception exception, string index);
}
