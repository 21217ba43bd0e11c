using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>Where an export writes compiled records (JSON files or the CSV package).</summary>
public interface IHsdsSink : IAsyncDisposable
{
    Dictionary<string, long> Counts { get; }

    Task WriteAsync(HsdsRecordKind kind, JsonObject record, CancellationToken cancellationToken);
}
