using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CareDirectory.Hsds;

/// <summary>
/// The official JSON schemas of one HSDS version (3.0 in schema/hsds/, 3.1 in schema/hsds-3.1/, embedded in this
/// assembly), built once. Every record is checked
/// against the table schema of its kind; the schemas reference each other by file name, so all of them are registered.
/// </summary>
public sealed class HsdsSchemas
{
    private static readonly EvaluationOptions _flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly EvaluationOptions _list = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    private readonly Dictionary<string, JsonObject> _definitions = new(StringComparer.Ordinal);

    private readonly JsonSchema _serviceWithoutOrganization;

    public HsdsSchemas()
        : this(HsdsVersion.Hsds30)
    {
    }

    public HsdsSchemas(HsdsVersion version)
    {
        Version = version;
        var prefix = version.ResourcePrefix();
        var baseUri = new Uri($"https://schemas.caredirectory.local/hsds/{version.Name()}/");
        var assembly = typeof(HsdsSchemas).Assembly;
        var registry = new SchemaRegistry();
        // HSDS schemas name no $schema and carry extra keywords (name, core, constraints...), which draft 2020-12 allows.
        var options = new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 };
        var definitions = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[prefix.Length..], n => JsonNode.Parse(Read(assembly, n))!.AsObject(), StringComparer.Ordinal);

        foreach (var (file, definition) in definitions)
        {
            _definitions[Path.GetFileNameWithoutExtension(file)] = definition;
        }

        // Records are evaluated against the schemas without their annotations (see HsdsValidatingSchema); the
        // definitions above stay whole for the CSV layout and the REST view.
        var texts = definitions.ToDictionary(d => d.Key, d => HsdsValidatingSchema.Of(d.Value).ToJsonString(), StringComparer.Ordinal);

        // Build leaves first so every $ref target is already registered.
        var pending = new Queue<string>(texts.Keys.Order(StringComparer.Ordinal));
        var attempts = 0;
        while (pending.TryDequeue(out var file))
        {
            try
            {
                var schema = JsonSchema.FromText(texts[file], options, new Uri(baseUri, file));
                _schemas[Path.GetFileNameWithoutExtension(file)] = schema;
                attempts = 0;
            }
            catch (JsonSchemaException) when (attempts++ < texts.Count)
            {
                pending.Enqueue(file);
            }
        }

        // The service schema's "organization" is nothing but a $ref to organization.json, and neither schema limits
        // other properties: checking a service without it and the organization on its own is the same check.
        var service = HsdsValidatingSchema.Of(_definitions["service"]);
        service["properties"]!.AsObject().Remove("organization");
        _serviceWithoutOrganization = JsonSchema.FromText(service.ToJsonString(), options, new Uri(baseUri, "service-without-organization.json"));
    }

    public HsdsVersion Version { get; }

    /// <summary>Table schema names (<c>service</c>, <c>organization</c>, ...) that records can be checked against.</summary>
    public IReadOnlyCollection<string> Names => _schemas.Keys;

    /// <summary>The schema document itself (property types, $refs, the CSV file name in <c>path</c>).</summary>
    public JsonObject Definition(string schemaName) => _definitions[schemaName];

    /// <summary>Checks one record; returns one problem per failing keyword, each with the JSON path of the value.</summary>
    public IReadOnlyList<HsdsProblem> Validate(string schemaName, JsonNode record, string file, long position, string pathPrefix = "$") =>
        Validate(schemaName, JsonSerializer.SerializeToElement(record), file, position, pathPrefix);

    /// <summary>Checks one record as parsed. Evaluation shares no state between calls, so records can be checked in parallel.</summary>
    public IReadOnlyList<HsdsProblem> Validate(string schemaName, JsonElement element, string file, long position, string pathPrefix = "$") =>
        Validate(_schemas[schemaName], schemaName, element, file, position, pathPrefix);

    /// <summary>Checks a service except its nested <c>organization</c>, which the caller checks against <c>organization</c> (once per distinct one).</summary>
    public IReadOnlyList<HsdsProblem> ValidateServiceWithoutOrganization(JsonElement service, string file, long position, string pathPrefix = "$") =>
        Validate(_serviceWithoutOrganization, "service", service, file, position, pathPrefix);

    private static IReadOnlyList<HsdsProblem> Validate(JsonSchema schema, string schemaName, JsonElement element, string file, long position, string pathPrefix)
    {
        if (schema.Evaluate(element, _flag).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(element, _list);
        var problems = new List<HsdsProblem>();
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            if (detail.Errors is null)
            {
                continue;
            }

            foreach (var (keyword, message) in detail.Errors)
            {
                problems.Add(new HsdsProblem(file, position, HsdsJsonPath.Append(pathPrefix, detail.InstanceLocation.ToString()), $"{keyword}: {message}"));
            }
        }

        if (problems.Count == 0)
        {
            problems.Add(new HsdsProblem(file, position, pathPrefix, $"does not match the HSDS {schemaName} schema"));
        }

        return problems.Distinct().ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
