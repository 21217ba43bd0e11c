using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Hsds;

/// <summary>
/// The validation pass of an import: every record against the official schema, duplicate ids, and references
/// (a service's organization, a service_at_location's service, an attribute's taxonomy term) that must exist in the
/// input or the database. Only ids and positions are kept, so memory grows with the number of records, not their size.
/// </summary>
internal sealed class HsdsImportCheck(HsdsSchemas schemas, HsdsRecordRules rules, HsdsStateCheck states)
{
    private readonly Dictionary<(HsdsRecordKind, Guid), (string File, string Unit, long Position)> _seen = [];
    private readonly HashSet<Guid> _organizations = [];
    private readonly HashSet<Guid> _services = [];
    private readonly HashSet<Guid> _terms = [];
    private readonly List<PendingReference> _references = [];

    /// <summary>Each taxonomy term's parent (top-level and nested terms, first sight of each term): 32 bytes a term.</summary>
    private readonly Dictionary<Guid, Guid> _termParents = [];

    /// <summary>Where each term with a parent was first seen, for the report on a parent that is nowhere or a cycle.</summary>
    private readonly List<PendingReference> _parentReferences = [];

    /// <summary>Nested organizations already found valid, by content (see <see cref="ContentKey"/>); filled from parallel checks.</summary>
    private readonly ConcurrentDictionary<UInt128, byte> _validOrganizations = new();

    public List<HsdsProblem> Problems { get; } = [];

    /// <summary>
    /// Valid records or parts we have no place for (a location on its own, a taxonomy, a term's parent that is nowhere):
    /// warnings, not errors.
    /// </summary>
    public List<HsdsProblem> NotStored { get; } = [];

    /// <summary>
    /// The schema problems of one record (and of an organization's nested services). It touches nothing shared, so the
    /// importer checks a chunk of records in parallel and then hands each to <see cref="Add"/> in input order.
    /// </summary>
    public IReadOnlyList<HsdsProblem> SchemaProblems(HsdsRecord record) =>
        Parts(record).SelectMany(part => SchemaProblems(record, part.Kind, part.Element ?? JsonSerializer.SerializeToElement(part.Value), part.Path))
            .Select(p => p with { Unit = record.Unit })
            .ToList();

    /// <summary>
    /// A nested organization repeats in every service it runs (our own export writes services so): the service is
    /// checked without it and each distinct organization once; an invalid one is checked again wherever it appears, so
    /// each place is reported.
    /// </summary>
    private IEnumerable<HsdsProblem> SchemaProblems(HsdsRecord record, HsdsRecordKind kind, JsonElement element, string path)
    {
        if (kind != HsdsRecordKind.Service || !element.TryGetProperty("organization", out var organization) || organization.ValueKind != JsonValueKind.Object)
        {
            return schemas.Validate(kind.Schema(), element, record.File, record.Position, path);
        }

        var service = schemas.ValidateServiceWithoutOrganization(element, record.File, record.Position, path);
        var content = ContentKey(organization);
        if (_validOrganizations.ContainsKey(content))
        {
            return service;
        }

        var nested = schemas.Validate(HsdsRecordKind.Organization.Schema(), organization, record.File, record.Position, $"{path}.organization");
        if (nested.Count == 0)
        {
            _validOrganizations.TryAdd(content, 0);
        }

        return service.Concat(nested);
    }

    /// <summary>The first 128 bits of the SHA-256 of a value's JSON text: 16 bytes a distinct organization, however large.</summary>
    private static UInt128 ContentKey(JsonElement value) =>
        BinaryPrimitives.ReadUInt128LittleEndian(SHA256.HashData(JsonMarshal.GetRawUtf8Value(value)));

    /// <summary>Adds a record's schema problems and checks what needs the records before it: duplicate ids and references.</summary>
    public void Add(HsdsRecord record, IReadOnlyList<HsdsProblem> schemaProblems)
    {
        Problems.AddRange(schemaProblems);
        if (record.Kind == HsdsRecordKind.Organization && record.Value["services"] is { } services && services is not JsonArray)
        {
            // The organization schema has no "services" (the API's compiled organization adds it): checked here.
            Problems.Add(record.Problem("$.services", "an organization's services must be an array of service records"));
        }

        // The record rules read the record as the writer maps it, which needs a record the schema accepts.
        var obeysSchema = schemaProblems.Count == 0;
        foreach (var part in Parts(record))
        {
            Check(record, part.Kind, part.Value, part.Path, part.OrganizationId, obeysSchema);
        }
    }

    /// <summary>What is checked as a record of its own: the record, or an organization without its services and each of them.</summary>
    private static IEnumerable<(HsdsRecordKind Kind, JsonObject Value, JsonElement? Element, string Path, Guid? OrganizationId)> Parts(HsdsRecord record)
    {
        if (record.Kind == HsdsRecordKind.ServiceAtLocation && record.Value["service"] is JsonObject nestedService)
        {
            // The service_at_location schema has no "service" property: the nested service is checked as a service.
            var element = record.Source is { } sal && sal.TryGetProperty("service", out var nested) ? nested : (JsonElement?)null;
            yield return (record.Kind, record.Value, record.Source, "$", null);
            yield return (HsdsRecordKind.Service, nestedService, element, "$.service", null);
            yield break;
        }

        if (record.Kind != HsdsRecordKind.Organization)
        {
            yield return (record.Kind, record.Value, record.Source, "$", null);
            yield break;
        }

        var organization = HsdsImportRecords.WithoutServices(record.Value);
        yield return (HsdsRecordKind.Organization, organization, ReferenceEquals(organization, record.Value) ? record.Source : null, "$", null);
        var services = record.Value["services"] as JsonArray ?? [];
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i] is JsonObject service)
            {
                var element = record.Source is { } source && source.TryGetProperty("services", out var nested) ? nested[i] : (JsonElement?)null;
                yield return (HsdsRecordKind.Service, service, element, $"$.services[{i}]", organization.Id("id"));
            }
        }
    }

    /// <summary>References to records neither in the input nor in the database.</summary>
    public async Task<List<HsdsProblem>> UnresolvedAsync(IDbContextFactory<DirectoryDbContext> contexts, CancellationToken cancellationToken)
    {
        var open = _references.Where(r => !(r.Kind switch
        {
            HsdsRecordKind.Organization => _organizations,
            HsdsRecordKind.Service => _services,
            _ => _terms,
        }).Contains(r.Id)).ToList();
        if (open.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = new HashSet<Guid>();
        foreach (var chunk in open.Select(r => r.Id).Distinct().Chunk(500))
        {
            known.UnionWith(await db.Partners.Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken));
            known.UnionWith(await db.Programs.Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken));
            known.UnionWith(await db.ServiceTypes.Where(t => chunk.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken));
        }

        return open.Where(r => !known.Contains(r.Id))
            .Select(r => new HsdsProblem(r.File, r.Position, r.Path, $"unknown {r.What} {r.Id}: not in this input nor in the database") { Unit = r.Unit })
            .ToList();
    }

    private void Check(HsdsRecord record, HsdsRecordKind kind, JsonObject value, string path, Guid? organizationId, bool obeysSchema)
    {
        var id = value.Id("id");
        if (id is null)
        {
            return;
        }

        if (!_seen.TryAdd((kind, id.Value), (record.File, record.Unit, record.Position)))
        {
            var (file, unit, position) = _seen[(kind, id.Value)];
            Problems.Add(record.Problem($"{path}.id", $"duplicate {kind.Schema()} id {id} (first at {file} {unit} {position})"));
        }

        switch (kind)
        {
            case HsdsRecordKind.Organization:
                _organizations.Add(id.Value);
                if (obeysSchema)
                {
                    Problems.AddRange(rules.Organization(record, value, path));
                    states.Organization(record, value, path);
                }

                break;
            case HsdsRecordKind.TaxonomyTerm:
                _terms.Add(id.Value);
                Parent(record, value, path);
                break;
            case HsdsRecordKind.ServiceAtLocation:
                CheckServiceAtLocation(record, value, path);
                break;
            case HsdsRecordKind.Location or HsdsRecordKind.Taxonomy:
                NotStored.Add(record.Problem(path, kind == HsdsRecordKind.Location
                    ? "a location on its own is not imported: CareDirectory keeps locations with their organization (nest it in the organization's \"locations\")"
                    : "a taxonomy record is not imported: CareDirectory keeps a term's taxonomy by name (taxonomy_term.taxonomy)"));
                break;
            case HsdsRecordKind.Service:
                _services.Add(id.Value);
                CheckService(record, value, path, organizationId, obeysSchema);
                if (obeysSchema)
                {
                    Problems.AddRange(rules.Service(record, value, path));
                    states.Service(record, value, path);
                }

                break;
        }
    }

    private void CheckServiceAtLocation(HsdsRecord record, JsonObject value, string path)
    {
        var nested = (value["service"] as JsonObject)?.Id("id");
        if (HsdsImportRecords.ServiceId(value) is not { } serviceId)
        {
            Problems.Add(record.Problem($"{path}.service_id", "a service_at_location needs its service (service_id or a nested service)"));
        }
        else if (nested is { } nestedId && value.Id("service_id") is { } declared && declared != nestedId)
        {
            Problems.Add(record.Problem($"{path}.service_id", $"service_id {declared} differs from the nested service's id {nestedId}"));
        }
        else if (nested is null)
        {
            Reference(record, HsdsRecordKind.Service, serviceId, $"{path}.service_id", "service");
        }
    }

    private void CheckService(HsdsRecord record, JsonObject service, string path, Guid? organizationId, bool obeysSchema)
    {
        if (service["organization"] is JsonObject nested && nested.Id("id") is { } nestedId)
        {
            // A nested organization repeats in every service it runs: its rules are checked where it first appears.
            if (_organizations.Add(nestedId) && obeysSchema)
            {
                Problems.AddRange(rules.Organization(record, nested, $"{path}.organization"));
                states.Organization(record, nested, $"{path}.organization");
            }

            if (service.Id("organization_id") is { } declared && declared != nestedId)
            {
                Problems.Add(record.Problem($"{path}.organization_id", $"organization_id {declared} differs from the nested organization's id {nestedId}"));
            }
        }

        var owner = organizationId ?? service.Id("organization_id") ?? (service["organization"] as JsonObject)?.Id("id");
        if (owner is null)
        {
            Problems.Add(record.Problem($"{path}.organization_id", "a service needs its organization (organization_id or a nested organization)"));
        }
        else if (organizationId is null && owner != (service["organization"] as JsonObject)?.Id("id"))
        {
            // Only an organization named by id alone can be missing: a nested one is in the input.
            Reference(record, HsdsRecordKind.Organization, owner, $"{path}.organization_id", "organization");
        }

        var attributes = service["attributes"] as JsonArray ?? [];
        for (var i = 0; i < attributes.Count; i++)
        {
            if (attributes[i] is JsonObject attribute && attribute["taxonomy_term"] is not JsonObject)
            {
                Reference(record, HsdsRecordKind.TaxonomyTerm, attribute.Id("taxonomy_term_id"), $"{path}.attributes[{i}].taxonomy_term_id", "taxonomy_term");
            }
            else if (attributes[i] is JsonObject { } withTerm && withTerm["taxonomy_term"] is JsonObject term && term.Id("id") is { } termId)
            {
                _terms.Add(termId);
                Parent(record, term, $"{path}.attributes[{i}].taxonomy_term");
            }
        }
    }

    /// <summary>A term's <c>parent_id</c>, noted where the term is first seen (a nested term repeats in every service that has it).</summary>
    private void Parent(HsdsRecord record, JsonObject term, string path)
    {
        if (term.Id("id") is { } id && term.Id("parent_id") is { } parent && _termParents.TryAdd(id, parent))
        {
            _parentReferences.Add(new PendingReference(HsdsRecordKind.TaxonomyTerm, id, record.File, record.Unit, record.Position, $"{path}.parent_id", "taxonomy_term"));
        }
    }

    /// <summary>
    /// Parents of taxonomy terms. A parent in neither the input nor the database is a warning, not an error: publishers
    /// name parents from taxonomies they do not publish (every official example does), and such a term is stored
    /// without a parent, nothing invented. A term that is its own ancestor is an error.
    /// </summary>
    public async Task<(List<HsdsProblem> Problems, List<HsdsProblem> Warnings)> ParentsAsync(IDbContextFactory<DirectoryDbContext> contexts, CancellationToken cancellationToken)
    {
        var problems = new List<HsdsProblem>();
        foreach (var reference in _parentReferences)
        {
            var ancestor = _termParents[reference.Id];
            for (var steps = 0; steps < _termParents.Count && ancestor != reference.Id && _termParents.TryGetValue(ancestor, out var next); steps++)
            {
                ancestor = next;
            }

            if (ancestor == reference.Id)
            {
                problems.Add(new HsdsProblem(reference.File, reference.Position, reference.Path, $"taxonomy term {reference.Id} is its own ancestor (its parent_id chain comes back to it)") { Unit = reference.Unit });
            }
        }

        var open = _parentReferences.Where(r => !_terms.Contains(_termParents[r.Id])).ToList();
        if (open.Count == 0)
        {
            return (problems, []);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = new HashSet<Guid>();
        foreach (var chunk in open.Select(r => _termParents[r.Id]).Distinct().Chunk(500))
        {
            known.UnionWith(await db.ServiceTypes.Where(t => chunk.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken));
        }

        var warnings = open.Where(r => !known.Contains(_termParents[r.Id]))
            .Select(r => new HsdsProblem(r.File, r.Position, r.Path, $"parent term {_termParents[r.Id]} of taxonomy term {r.Id} is in neither this input nor the database: the term is stored without a parent") { Unit = r.Unit })
            .ToList();
        return (problems, warnings);
    }

    private void Reference(HsdsRecord record, HsdsRecordKind kind, Guid? id, string path, string what)
    {
        if (id is { } target)
        {
            _references.Add(new PendingReference(kind, target, record.File, record.Unit, record.Position, path, what));
        }
    }

    /// <summary>A reference to check once every record is read; the message is only written for one that stays unresolved.</summary>
    private readonly record struct PendingReference(HsdsRecordKind Kind, Guid Id, string File, string Unit, long Position, string Path, string What);
}
