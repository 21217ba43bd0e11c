using System.Linq.Expressions;
using CareDirectory.Data;
using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Counties;

/// <summary>SQL conditions for "serves one of these counties, directly or statewide".</summary>
public static class CountyScopedLists
{
    // "Id IN (ids from the service-area table)" rather than "EXISTS (a service area of this row)": SQLite runs the
    // EXISTS form once per partner (a full scan, 165 ms per county page at medium scale), the IN form from the
    // service-area indexes on CountyId and (Kind, StateId) (bench/run; bench/results/).
    public static Expression<Func<Partner, bool>> PartnersServing(DirectoryDbContext db, IReadOnlyCollection<CountyKey> keys)
    {
        var counties = keys.Select(k => (Guid?)k.CountyId).ToList();
        var states = keys.Select(k => k.StateId).Distinct().ToList();
        var serving = db.Partners.SelectMany(p => p.ServiceAreas, (p, a) => new { p.Id, Area = a })
            .Where(x => counties.Contains(x.Area.CountyId) || (x.Area.Kind == ServiceAreaKind.State && states.Contains(x.Area.StateId)))
            .Select(x => x.Id);
        return p => serving.Contains(p.Id);
    }

    public static Expression<Func<CareProgram, bool>> ProgramsServing(DirectoryDbContext db, IReadOnlyCollection<CountyKey> keys)
    {
        var counties = keys.Select(k => (Guid?)k.CountyId).ToList();
        var states = keys.Select(k => k.StateId).Distinct().ToList();
        var serving = db.Programs.SelectMany(p => p.ServiceAreas, (p, a) => new { p.Id, Area = a })
            .Where(x => counties.Contains(x.Area.CountyId) || (x.Area.Kind == ServiceAreaKind.State && states.Contains(x.Area.StateId)))
            .Select(x => x.Id);
        return p => serving.Contains(p.Id);
    }

    /// <summary>Meetings of these counties plus statewide meetings (no county) of their states.</summary>
    public static Expression<Func<Meeting, bool>> MeetingsIn(IReadOnlyCollection<CountyKey> keys)
    {
        var (counties, states) = Scope(keys);
        return m => counties.Contains(m.CountyId) || (m.CountyId == null && states.Contains(m.StateId));
    }

    /// <summary>Educator resources of these counties plus statewide ones (no county) of their states.</summary>
    public static Expression<Func<EducatorResource, bool>> ResourcesIn(IReadOnlyCollection<CountyKey> keys)
    {
        var (counties, states) = Scope(keys);
        return r => counties.Contains(r.CountyId) || (r.CountyId == null && states.Contains(r.StateId));
    }

    private static (List<Guid?> Counties, List<Guid> States) Scope(IReadOnlyCollection<CountyKey> keys) =>
        (keys.Select(k => (Guid?)k.CountyId).ToList(), keys.Select(k => k.StateId).Distinct().ToList());

    public static IEnumerable<CountyKey> KeysFor(Guid? countyId, Guid stateId, IReadOnlyCollection<CountyKey> keys) =>
        keys.Where(k => countyId is null ? k.StateId == stateId : k.CountyId == countyId);
}
