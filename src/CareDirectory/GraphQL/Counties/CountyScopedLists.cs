using System.Linq.Expressions;
using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Counties;

/// <summary>SQL conditions for "serves one of these counties, directly or statewide".</summary>
public static class CountyScopedLists
{
    public static Expression<Func<Partner, bool>> PartnersServing(IReadOnlyCollection<CountyKey> keys)
    {
        var counties = keys.Select(k => (Guid?)k.CountyId).ToList();
        var states = keys.Select(k => k.StateId).Distinct().ToList();
        return p => p.ServiceAreas.Any(a => counties.Contains(a.CountyId) || (a.Kind == ServiceAreaKind.State && states.Contains(a.StateId)));
    }

    public static Expression<Func<CareProgram, bool>> ProgramsServing(IReadOnlyCollection<CountyKey> keys)
    {
        var counties = keys.Select(k => (Guid?)k.CountyId).ToList();
        var states = keys.Select(k => k.StateId).Distinct().ToList();
        return p => p.ServiceAreas.Any(a => counties.Contains(a.CountyId) || (a.Kind == ServiceAreaKind.State && states.Contains(a.StateId)));
    }

    /// <summary>County records of these counties plus statewide records (no county) of their states.</summary>
    public static (List<Guid?> Counties, List<Guid> States) Scope(IReadOnlyCollection<CountyKey> keys) =>
        (keys.Select(k => (Guid?)k.CountyId).ToList(), keys.Select(k => k.StateId).Distinct().ToList());

    public static IEnumerable<CountyKey> KeysFor(Guid? countyId, Guid stateId, IReadOnlyCollection<CountyKey> keys) =>
        keys.Where(k => countyId is null ? k.StateId == stateId : k.CountyId == countyId);
}
