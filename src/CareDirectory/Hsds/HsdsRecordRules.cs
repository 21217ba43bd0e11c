using System.Text.Json.Nodes;
using CareDirectory.Domain;
using CareDirectory.Rules;

namespace CareDirectory.Hsds;

/// <summary>
/// The record rules in the validation pass of an import: each organization and service is mapped exactly as the
/// writer maps it (<see cref="HsdsOrganizationMapper"/>, <see cref="HsdsServiceMapper"/>) onto a record that is never
/// saved, and checked with <see cref="RecordRules"/>, so an import can store nothing an editor could not.
/// </summary>
internal sealed class HsdsRecordRules(HsdsPlaces places, Guid stateId)
{
    private static readonly Provenance _checking = new() { Source = "hsds import", LastVerified = DateOnly.MinValue };

    public IEnumerable<HsdsProblem> Organization(HsdsRecord record, JsonObject organization, string path)
    {
        var partner = HsdsOrganizationMapper.New(organization.Id("id") ?? Guid.Empty, organization, _checking);
        HsdsOrganizationMapper.Apply(organization, partner, stateId, places);
        return Problems(record, path, RecordRules.Check(partner), HsdsRecordKind.Organization);
    }

    /// <remarks>
    /// Service types are resolved from taxonomy terms at write time; here each term the service names stands for the
    /// service type it becomes, so their number meets the same limit (TOO_MANY at <c>attributes</c>) as in a mutation.
    /// </remarks>
    public IEnumerable<HsdsProblem> Service(HsdsRecord record, JsonObject service, string path)
    {
        var program = HsdsServiceMapper.New(service.Id("id") ?? Guid.Empty, service, _checking);
        var serviceTypes = HsdsTaxonomies.ServiceTypeTermIds(service).Select(id => new ServiceType { Id = id, Code = HsdsJson.Format(id), Name = HsdsJson.Format(id) }).ToList();
        HsdsServiceMapper.Apply(service, program, Guid.Empty, stateId, places, serviceTypes);
        return Problems(record, path, RecordRules.Check(program), HsdsRecordKind.Service);
    }

    private static IEnumerable<HsdsProblem> Problems(HsdsRecord record, string path, IReadOnlyList<RuleViolation> violations, HsdsRecordKind kind) =>
        violations.Select(v => record.Problem($"{path}.{HsdsFieldNames.Of(v.Field, kind)}", $"{v.Field}: {v.Message}") with { Code = v.Code, Field = v.Field });
}
