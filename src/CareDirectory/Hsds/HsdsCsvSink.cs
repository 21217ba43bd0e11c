using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>
/// The HSDS tabular data package: compiled records are flattened by following the schemas (each nested array or object
/// goes to its own table with its foreign key filled in), a row per id, one CSV per table, and a datapackage.json.
/// </summary>
public sealed class HsdsCsvSink(string folder, HsdsSchemas schemas) : IHsdsSink
{
    private readonly Dictionary<string, Table> _tables = new(StringComparer.Ordinal);

    public Dictionary<string, long> Counts { get; } = new(StringComparer.Ordinal);

    public async Task WriteAsync(HsdsRecordKind kind, JsonObject record, CancellationToken cancellationToken) =>
        await FlattenAsync(kind.Schema(), record, null, null);

    public async ValueTask DisposeAsync()
    {
        foreach (var name in schemas.Names.Where(n => n is not "meta_table_description" and not "metadata"))
        {
            await TableAsync(name);
        }

        var resources = new JsonArray();
        foreach (var (name, table) in _tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            await table.Writer.DisposeAsync();
            var properties = schemas.Definition(name)["properties"]!.AsObject();
            resources.Add(new JsonObject
            {
                ["name"] = name,
                ["path"] = table.File,
                ["profile"] = "tabular-data-resource",
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray([.. table.Columns.Select(c => new JsonObject { ["name"] = c, ["type"] = (properties[c] as JsonObject)?.Text("type") ?? "string" })]),
                },
            });
        }

        var package = new JsonObject { ["name"] = "caredirectory-hsds", ["profile"] = "tabular-data-package", ["resources"] = resources };
        await File.WriteAllTextAsync(Path.Combine(folder, "datapackage.json"), package.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private async Task FlattenAsync(string schema, JsonObject record, string? parent, string? parentId)
    {
        var table = await TableAsync(schema);
        var id = record.Text("id");
        if (id is not null && !table.Ids.Add(id))
        {
            return;
        }

        var cells = table.Columns.Select(column => record[column] switch
        {
            null when parentId is not null && column == $"{parent}_id" => parentId,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            JsonValue value => value.ToJsonString(),
            _ => "",
        });
        await table.Writer.WriteAsync(string.Join(',', cells.Select(Escape)) + "\r\n");
        Counts[table.File] = Counts.GetValueOrDefault(table.File) + 1;

        foreach (var (property, definition) in schemas.Definition(schema)["properties"]!.AsObject())
        {
            if (definition is not JsonObject d || record[property] is not { } value)
            {
                continue;
            }

            if (value is JsonArray items && (d["items"] as JsonObject)?.Text("$ref") is { } itemRef)
            {
                foreach (var item in items.OfType<JsonObject>())
                {
                    await FlattenAsync(Path.GetFileNameWithoutExtension(itemRef), item, schema, id);
                }
            }
            else if (value is JsonObject nested && d.Text("$ref") is { } objectRef)
            {
                await FlattenAsync(Path.GetFileNameWithoutExtension(objectRef), nested, schema, id);
            }
        }
    }

    private async Task<Table> TableAsync(string schema)
    {
        if (_tables.TryGetValue(schema, out var table))
        {
            return table;
        }

        var definition = schemas.Definition(schema);
        var columns = (definition["properties"] as JsonObject ?? [])
            .Where(p => p.Value is JsonObject d && d["$ref"] is null && d.Text("type") is not ("array" or "object"))
            .Select(p => p.Key).ToList();
        var file = definition.Text("path") ?? $"{schema}s.csv";
        var writer = new StreamWriter(Path.Combine(folder, file), append: false, new UTF8Encoding(false));
        await writer.WriteAsync(string.Join(',', columns) + "\r\n");
        _tables[schema] = table = new Table(file, columns, writer);
        Counts.TryAdd(file, 0);
        return table;
    }

    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;

    private sealed record Table(string File, List<string> Columns, StreamWriter Writer)
    {
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
    }
}
