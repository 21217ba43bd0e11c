using System.Text.Json.Nodes;
using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Interop.Hsds;

/// <summary>
/// The validation pass of an import: every record against the official schema, duplicate ids, and references
/// (a service's organization, a service_at_location's service, an attribute's taxonomy term) that must exist in the
/// input or the database. Only ids and positions are kept, so memory grows with the number of records, not their size.
/// </summary>
internal sealed class HsdsImportCheck(HsdsSchemas schemas)
{
    private readonly Dictionary<(HsdsRecordKind, Guid), string> _seen = [];
    private readonly HashSet<Guid> _organizations = [];
    private readonly HashSet<Guid> _services = [];
    private readonly HashSet<Guid> _terms = [];
    private readonly List<(HsdsRecordKind Kind, Guid Id, HsdsProblem Where)> _references = [];

    public List<HsdsProblem> Problems { get; } = [];

    public void Add(HsdsRecord record)
    {
        switch (record.Kind)
        {
            case HsdsRecordKind.Organization:
                var organization = HsdsImportRecords.WithoutServices(record.Value);
                Check(record, HsdsRecordKind.Organization, organization, "$", topLevel: true);
                var services = record.Value["services"] as JsonArray ?? [];
                for (var i = 0; i < services.Count; i++)
                {
                    if (services[i] is JsonObject service)
                    {
                        Check(record, HsdsRecordKind.Service, service, $"$.services[{i}]", topLevel: true, organizationId: organization.Id("id"));
                    }
                }

                break;
            default:
                Check(record, record.Kind, record.Value, "$", topLevel: true);
                break;
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

        return open.Where(r => !known.Contains(r.Id)).Select(r => r.Where).ToList();
    }

    private void Check(HsdsRecord record, HsdsRecordKind kind, JsonObject value, string path, bool topLevel, Guid? organizationId = null)
    {
        Problems.AddRange(schemas.Validate(kind.Schema(), value, record.File, record.Position, path).Select(p => p with { Unit = record.Unit }));
        var id = value.Id("id");
        if (id is null)
        {
            return;
        }

        if (topLevel && !_seen.TryAdd((kind, id.Value), $"{record.File} {record.Unit} {record.Position}"))
        {
            Problems.Add(record.Problem($"{path}.id", $"duplicate {kind.Schema()} id {id} (first at {_seen[(kind, id.Value)]})"));
        }

        switch (kind)
        {
            case HsdsRecordKind.Organization:
                _organizations.Add(id.Value);
                break;
            case HsdsRecordKind.TaxonomyTerm:
                _terms.Add(id.Value);
                break;
            case HsdsRecordKind.ServiceAtLocation:
                Reference(record, HsdsRecordKind.Service, value.Id("service_id"), $"{path}.service_id", "service");
                break;
            case HsdsRecordKind.Service:
                _services.Add(id.Value);
                CheckService(record, value, path, organizationId);
                break;
        }
    }

    private void CheckService(HsdsRecord record, JsonObject service, string path, Guid? organizationId)
    {
        if (service["organization"] is JsonObject nested && nested.Id("id") is { } nestedId)
        {
            _organizations.Add(nestedId);
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
        else if (organizationId is null)
        {
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
            }
        }
    }

    private void Reference(HsdsRecord record, HsdsRecordKind kind, Guid? id, string path, string what)
    {
        if (id is { } target)
        {
            _references.Add((kind, target, record.Problem(path, $"unknown {what} {target}: not in this input nor in the database")));
        }
    }
}
