using System.Globalization;
using System.Text.Json.Nodes;

namespace CareDirectory.Hsds;

/// <summary>
/// An HSDS tabular data package (a folder with <c>datapackage.json</c> and one CSV per table) assembled into compiled
/// records by following the schemas: an array property <c>phones</c> of a service collects the rows of the phone table
/// whose <c>service_id</c> is the service's id (<c>link_id</c> for attributes, <c>resource_id</c> for metadata); an object
/// property <c>organization</c> is the row whose id is the record's <c>organization_id</c>. Tables are held in memory
/// while assembling, unlike JSON inputs, which stream.
/// </summary>
public static class HsdsTabularPackage
{
    /// <summary>Assembles the package; unreadable files go to <paramref name="problems"/>, rows no record reaches to <paramref name="warnings"/>.</summary>
    public static List<HsdsRecord> Read(string folder, HsdsSchemas schemas, List<HsdsProblem> problems, List<HsdsProblem>? warnings = null)
    {
        var tables = new Dictionary<string, List<(JsonObject Row, long Line, string File)>>(StringComparer.Ordinal);
        foreach (var (schemaName, file) in Resources(folder, schemas))
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                continue;
            }

            try
            {
                var table = CsvTable.Read(path);
                var properties = schemas.Definition(schemaName)["properties"] as JsonObject ?? [];
                tables[schemaName] = table.Rows.Select(r => (Typed(table.Header, r.Cells, properties), r.Line, table.File)).ToList();
            }
            catch (CsvFormatException e)
            {
                problems.Add(new HsdsProblem(e.File, e.Line, "$", e.Message) { Unit = "line" });
            }
        }

        var index = new Dictionary<(string Table, string Column, string Value), List<JsonObject>>();
        foreach (var (table, rows) in tables)
        {
            foreach (var (row, _, _) in rows)
            {
                foreach (var (column, value) in row)
                {
                    if (column == "id" || column.EndsWith("_id", StringComparison.Ordinal))
                    {
                        var key = (table, column, value!.ToString());
                        if (!index.TryGetValue(key, out var list))
                        {
                            index[key] = list = [];
                        }

                        list.Add(row);
                    }
                }
            }
        }

        var assembler = new Assembler(schemas, index);
        var records = new List<HsdsRecord>();
        foreach (var kind in new[] { HsdsRecordKind.TaxonomyTerm, HsdsRecordKind.Organization, HsdsRecordKind.Service })
        {
            foreach (var (row, line, file) in tables.GetValueOrDefault(kind.Schema()) ?? [])
            {
                records.Add(new HsdsRecord(kind, assembler.Build(kind.Schema(), row), file, line, "line"));
            }
        }

        // Rows that no record reaches (an attribute whose link_id matches nothing, metadata) cannot be imported: say so.
        foreach (var (table, rows) in tables)
        {
            foreach (var (row, line, file) in rows.Where(r => !assembler.Used.Contains(r.Row)))
            {
                warnings?.Add(new HsdsProblem(file, line, "$", $"this {table} row belongs to no organization, service or taxonomy term in the package; not imported") { Unit = "line" });
            }
        }

        return records;
    }

    /// <summary>(schema name, CSV file) pairs from datapackage.json, falling back to each schema's standard file name.</summary>
    private static IEnumerable<(string Schema, string File)> Resources(string folder, HsdsSchemas schemas)
    {
        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            if (JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "datapackage.json"))) is JsonObject package)
            {
                foreach (var resource in package.Objects("resources"))
                {
                    if (resource.Text("name") is { } name && resource.Text("path") is { } path)
                    {
                        listed[name] = path;
                    }
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // A datapackage.json we cannot read still marks the folder as a package; the standard file names apply.
        }

        return schemas.Names.Select(name => (name, listed.GetValueOrDefault(name) ?? schemas.Definition(name).Text("path") ?? $"{name}s.csv"));
    }

    /// <summary>A CSV row as JSON, typed by the schema (numbers for "number" columns); empty cells are left out.</summary>
    private static JsonObject Typed(IReadOnlyList<string> header, string[] cells, JsonObject properties)
    {
        var row = new JsonObject();
        for (var i = 0; i < header.Count && i < cells.Length; i++)
        {
            var (column, text) = (header[i], cells[i]);
            if (text.Length == 0)
            {
                continue;
            }

            var type = (properties[column] as JsonObject)?.Text("type");
            row[column] = type switch
            {
                "number" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
                "integer" when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) => integer,
                "boolean" when bool.TryParse(text, out var flag) => flag,
                _ => text,
            };
        }

        return row;
    }

    private sealed class Assembler(HsdsSchemas schemas, Dictionary<(string Table, string Column, string Value), List<JsonObject>> index)
    {
        public HashSet<JsonObject> Used { get; } = new(ReferenceEqualityComparer.Instance);

        public JsonObject Build(string schemaName, JsonObject row)
        {
            Used.Add(row);
            var record = row.DeepClone().AsObject();
            var id = row.Text("id");
            foreach (var (property, definition) in schemas.Definition(schemaName)["properties"] as JsonObject ?? [])
            {
                if (definition is not JsonObject d)
                {
                    continue;
                }

                if (d.Text("type") == "array" && (d["items"] as JsonObject)?.Text("$ref") is { } itemRef && id is not null)
                {
                    var child = Path.GetFileNameWithoutExtension(itemRef);
                    var column = child switch { "attribute" => "link_id", "metadata" => "resource_id", _ => $"{schemaName}_id" };
                    if (index.TryGetValue((child, column, id), out var rows))
                    {
                        record[property] = new JsonArray([.. rows.Select(r => Build(child, r))]);
                    }
                }
                else if (d.Text("$ref") is { } objectRef)
                {
                    var child = Path.GetFileNameWithoutExtension(objectRef);
                    var column = property == "taxonomy_detail" ? "taxonomy_id" : $"{property}_id";
                    if (row.Text(column) is { } target && index.TryGetValue((child, "id", target), out var rows))
                    {
                        record[property] = Build(child, rows[0]);
                    }
                }
            }

            return record;
        }
    }
}
