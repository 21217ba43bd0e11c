using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Hsds;

/// <summary>
/// Writes the directory (or one state or county of it) as HSDS 3.0: <c>organizations</c>, <c>services</c> (each with its
/// nested organization), <c>service_at_locations</c> and <c>taxonomy_terms</c> as JSON arrays or
/// NDJSON, or the tabular package (CSV per table + datapackage.json). Archived records are included with their status.
/// Entities are read a page at a time, so memory does not grow with the directory.
/// </summary>
public sealed class HsdsExporter(HsdsDirectory directory, HsdsSchemas schemas)
{
    private const int PageSize = 200;

    public async Task<HsdsExportReport> ExportAsync(HsdsExportFormat format, string folder, HsdsScope scope, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        await using var db = await directory.OpenAsync(cancellationToken);
        var places = await HsdsPlaces.LoadAsync(db, cancellationToken);
        await using var sink = format == HsdsExportFormat.Csv ? (IHsdsSink)new HsdsCsvSink(folder, schemas) : new JsonSink(folder, format);
        var terms = new Dictionary<Guid, ServiceType>();

        for (var page = 0; ; page++)
        {
            var partners = await HsdsDirectory.Partners(db, places, scope).Skip(page * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var organization in await HsdsDirectory.OrganizationsAsync(db, places, partners, cancellationToken))
            {
                await sink.WriteAsync(HsdsRecordKind.Organization, organization, cancellationToken);
            }

            if (partners.Count < PageSize)
            {
                break;
            }
        }

        for (var page = 0; ; page++)
        {
            var programs = await HsdsDirectory.Programs(db, places, scope).Skip(page * PageSize).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var type in programs.SelectMany(p => p.ServiceTypes))
            {
                terms.TryAdd(type.Id, type);
            }

            foreach (var service in await HsdsDirectory.ServicesAsync(db, places, programs, cancellationToken))
            {
                await sink.WriteAsync(HsdsRecordKind.Service, service, cancellationToken);
                foreach (var sal in HsdsDirectory.ServiceAtLocations(service))
                {
                    await sink.WriteAsync(HsdsRecordKind.ServiceAtLocation, sal, cancellationToken);
                }
            }

            if (programs.Count < PageSize)
            {
                break;
            }
        }

        // Terms used by the exported services, with their ancestors so every parent_id resolves.
        var all = await db.ServiceTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var type in terms.Values.ToList())
        {
            for (var parent = type.ParentId; parent is { } id && all.TryGetValue(id, out var p); parent = p.ParentId)
            {
                terms.TryAdd(id, p);
            }
        }

        foreach (var type in terms.Values.OrderBy(t => t.Code, StringComparer.Ordinal))
        {
            await sink.WriteAsync(HsdsRecordKind.TaxonomyTerm, HsdsTaxonomies.ServiceTypeTerm(type), cancellationToken);
        }

        return new HsdsExportReport(sink.Counts);
    }

    /// <summary>JSON arrays or NDJSON, one file per record type; every type's file is written, empty or not.</summary>
    private sealed class JsonSink : IHsdsSink
    {
        private static readonly JsonWriterOptions _indented = new() { Indented = true, Encoder = HsdsJson.Compact.Encoder };

        private readonly Dictionary<HsdsRecordKind, (Stream Stream, Utf8JsonWriter? Writer)> _files = [];
        private readonly HsdsExportFormat _format;

        public JsonSink(string folder, HsdsExportFormat format)
        {
            _format = format;
            foreach (var kind in Enum.GetValues<HsdsRecordKind>().Where(k => k.IsStored()))
            {
                var name = $"{kind.FileStem()}.{(format == HsdsExportFormat.Json ? "json" : "ndjson")}";
                var stream = File.Create(Path.Combine(folder, name));
                var writer = format == HsdsExportFormat.Json ? new Utf8JsonWriter(stream, _indented) : null;
                writer?.WriteStartArray();
                _files[kind] = (stream, writer);
                Counts[name] = 0;
            }
        }

        public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);

        public async Task WriteAsync(HsdsRecordKind kind, JsonObject record, CancellationToken cancellationToken)
        {
            var (stream, writer) = _files[kind];
            if (writer is not null)
            {
                record.WriteTo(writer);
                await writer.FlushAsync(cancellationToken);
            }
            else
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(record.ToJsonString(HsdsJson.Compact) + "\n"), cancellationToken);
            }

            Counts[$"{kind.FileStem()}.{(_format == HsdsExportFormat.Json ? "json" : "ndjson")}"]++;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var (stream, writer) in _files.Values)
            {
                if (writer is not null)
                {
                    writer.WriteEndArray();
                    await writer.DisposeAsync();
                }

                await stream.DisposeAsync();
            }
        }
    }
}
