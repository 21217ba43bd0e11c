using CareDirectory.Data;
using CareDirectory.Domain;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Hsds;

/// <summary>States and counties, loaded once per import or export, to turn HSDS service areas into ours and back.</summary>
public sealed class HsdsPlaces
{
    private readonly Dictionary<string, County> _countiesByFips;
    private readonly Dictionary<Guid, State> _states;

    private HsdsPlaces(List<State> states, List<County> counties)
    {
        _states = states.ToDictionary(s => s.Id);
        _countiesByFips = counties.ToDictionary(c => c.Fips, StringComparer.Ordinal);
    }

    public static async Task<HsdsPlaces> LoadAsync(DirectoryDbContext db, CancellationToken cancellationToken) =>
        new(await db.States.AsNoTracking().ToListAsync(cancellationToken), await db.Counties.AsNoTracking().ToListAsync(cancellationToken));

    public State? StateByCode(string code) => _states.Values.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>A state by USPS code or by name, as an address's <c>state_province</c> may give it.</summary>
    public State? StateNamed(string text) => StateByCode(text.Trim())
        ?? _states.Values.FirstOrDefault(s => string.Equals(s.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));

    public State? State(Guid id) => _states.GetValueOrDefault(id);

    public County? CountyByFips(string fips) => _countiesByFips.GetValueOrDefault(fips);

    /// <summary>A county of the state by name, "Bergen" or "Bergen County".</summary>
    public County? CountyByName(Guid stateId, string name)
    {
        var bare = name.EndsWith(" County", StringComparison.OrdinalIgnoreCase) ? name[..^" County".Length] : name;
        return _countiesByFips.Values.FirstOrDefault(c => c.StateId == stateId && string.Equals(c.Name, bare.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
