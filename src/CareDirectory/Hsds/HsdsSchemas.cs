using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CareDirectory.Hsds;

/// <summary>
/// The official JSON schemas of one HSDS version (3.0 in schema/hsds/, 3.1 in schema/hsds-3.1/, embedded in this
/// assembly). Every record is checked
/// against the table schema of its kind; the schemas reference each other by file name, so all of them are registered.
/// </summary>
public sealed class HsdsSchemas
{
    private static readonly EvaluationOptions _flag = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    private static readonly EvaluationOptions _list = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly Dictionary<string, JsonObject> _definitions = new(StringComparer.Ordinal);

    // JsonSchema.Net's evaluation is not safe to share between threads (json-everything issues 693, 726, 929: a
    // schema evaluated on two threads at once can give a wrong verdict; a valid import was refused once in about eight
    // runs, "does not match" with no failing keyword). An evaluation rents a compiled copy no other evaluation is using
    // (as many copies as evaluations ever ran at once); the schema texts are prepared once.
    private readonly ConcurrentBag<CompiledSchemas> _idle = [];

    private readonly Func<CompiledSchemas> _compile;

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

        // The service schema's "organization" is nothing but a $ref to organization.json, and neither schema limits
        // other properties: checking a service without it and the organization on its own is the same check.
        var service = HsdsValidatingSchema.Of(_definitions["service"]);
        service["properties"]!.AsObject().Remove("organization");
        var serviceWithoutOrganization = service.ToJsonString();

        _compile = () => CompiledSchemas.Build(texts, serviceWithoutOrganization, baseUri);
        var first = _compile();
        Names = first.Tables.Keys.ToArray();
        _idle.Add(first);
    }

    public HsdsVersion Version { get; }

    /// <summary>Table schema names (<c>service</c>, <c>organization</c>, ...) that records can be checked against.</summary>
    public IReadOnlyCollection<string> Names { get; }

    /// <summary>The schema document itself (property types, $refs, the CSV file name in <c>path</c>).</summary>
    public JsonObject Definition(string schemaName) => _definitions[schemaName];

    /// <summary>Checks one record; returns one problem per failing keyword, each with the JSON path of the value.</summary>
    public IReadOnlyList<HsdsProblem> Validate(string schemaName, JsonNode record, string file, long position, string pathPrefix = "$") =>
        Validate(schemaName, JsonSerializer.SerializeToElement(record), file, position, pathPrefix);

    /// <summary>Checks one record as parsed. No two evaluations share compiled schemas, so records can be checked in parallel.</summary>
    public IReadOnlyList<HsdsProblem> Validate(string schemaName, JsonElement element, string file, long position, string pathPrefix = "$") =>
        Evaluate(compiled => Validate(compiled.Tables[schemaName], schemaName, element, file, position, pathPrefix));

    /// <summary>Checks a service except its nested <c>organization</c>, which the caller checks against <c>organization</c> (once per distinct one).</summary>
    public IReadOnlyList<HsdsProblem> ValidateServiceWithoutOrganization(JsonElement service, string file, long position, string pathPrefix = "$") =>
        Evaluate(compiled => Validate(compiled.ServiceWithoutOrganization, "service", service, file, position, pathPrefix));

    private IReadOnlyList<HsdsProblem> Evaluate(Func<CompiledSchemas, IReadOnlyList<HsdsProblem>> evaluation)
    {
        var compiled = _idle.TryTake(out var idle) ? idle : _compile();
        try
        {
            return evaluation(compiled);
        }
        finally
        {
            _idle.Add(compiled);
        }
    }

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

        // A "no" that no keyword explains was seen once under load on a valid record (a wrong verdict, see above; a
        // format's regular expression timing out would give the same): the record is judged again before it is refused.
        if (problems.Count == 0 && schema.Evaluate(element, _flag).IsValid)
        {
            return [];
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
