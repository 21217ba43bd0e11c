using Json.Schema;

namespace CareDirectory.Hsds;

/// <summary>
/// One compiled set of an HSDS version's table schemas, with a registry of its own, used by one evaluation at a time
/// (see <see cref="HsdsSchemas"/>).
/// </summary>
internal sealed class CompiledSchemas
{
    private CompiledSchemas(Dictionary<string, JsonSchema> tables, JsonSchema serviceWithoutOrganization)
    {
        Tables = tables;
        ServiceWithoutOrganization = serviceWithoutOrganization;
    }

    /// <summary>The table schemas by name (<c>service</c>, <c>organization</c>, ...).</summary>
    public IReadOnlyDictionary<string, JsonSchema> Tables { get; }

    /// <summary>The service schema without its nested <c>organization</c>.</summary>
    public JsonSchema ServiceWithoutOrganization { get; }

    /// <summary>Compiles the schema texts (by file name); they reference each other by file name under <paramref name="baseUri"/>.</summary>
    public static CompiledSchemas Build(IReadOnlyDictionary<string, string> texts, string serviceWithoutOrganization, Uri baseUri)
    {
        var registry = new SchemaRegistry();
        // HSDS schemas name no $schema and carry extra keywords (name, core, constraints...), which draft 2020-12 allows.
        var options = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 };
        var tables = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);

        // Build leaves first so every $ref target is already registered.
        var pending = new Queue<string>(texts.Keys.Order(StringComparer.Ordinal));
        var attempts = 0;
        while (pending.TryDequeue(out var file))
        {
            try
            {
                tables[Path.GetFileNameWithoutExtension(file)] = JsonSchema.FromText(texts[file], options, new Uri(baseUri, file));
                attempts = 0;
            }
            catch (JsonSchemaException) when (attempts++ < texts.Count)
            {
                pending.Enqueue(file);
            }
        }

        var service = JsonSchema.FromText(serviceWithoutOrganization, options, new Uri(baseUri, "service-without-organization.json"));
        return new CompiledSchemas(tables, service);
    }
}
