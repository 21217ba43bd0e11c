using System.Text.Json.Nodes;
using CareDirectory.Data;
using CareDirectory.Places;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Hsds;

/// <summary>
/// The validation pass's view of states: which organizations name no state of their own (so only <c>--state</c> can
/// place them), and states or counties the data names that the database does not have. Why an error rather than
/// falling back to <c>--state</c>: a record that says "Texas" must not silently land in New Jersey.
/// </summary>
internal sealed class HsdsStateCheck(HsdsPlaces places)
{
    private static string HowToAdd(string code) => $"add seed-data/{code.ToLowerInvariant()}/state.json (with its counties) and run `seed`, then import again";

    private readonly List<Unplaced> _unplaced = [];

    public List<HsdsProblem> Problems { get; } = [];

    /// <summary>Checks an organization's state and county areas and address states; remembers it if it names no state.</summary>
    public void Organization(HsdsRecord record, JsonObject organization, string path)
    {
        var named = false;
        foreach (var (extent, at) in HsdsOrganizationMapper.AreaExtents(organization).Select(a => (a.Extent, $"{path}.attributes[{a.Index}].value")))
        {
            named |= Extent(record, extent, at);
        }

        var locations = organization.Objects("locations").ToList();
        for (var l = 0; l < locations.Count; l++)
        {
            var addresses = locations[l].Objects("addresses").ToList();
            for (var a = 0; a < addresses.Count; a++)
            {
                named |= AddressState(record, addresses[a].Text("state_province"), $"{path}.locations[{l}].addresses[{a}].state_province");
            }
        }

        if (!named && organization.Id("id") is { } id)
        {
            _unplaced.Add(new Unplaced(id, organization.Text("name"), record.Problem(path, "")));
        }
    }

    /// <summary>Checks a service's <c>caredirectory</c> state and county areas (its other areas name no state).</summary>
    public void Service(HsdsRecord record, JsonObject service, string path)
    {
        var areas = service.Objects("service_areas").ToList();
        for (var i = 0; i < areas.Count; i++)
        {
            if (areas[i].Text("extent_type") == HsdsServiceAreas.ExtentType)
            {
                Extent(record, areas[i].Text("extent"), $"{path}.service_areas[{i}].extent");
            }
        }
    }

    /// <summary>
    /// The organizations only <c>--state</c> can place: those naming no state that the database does not have yet
    /// (a partner we already have keeps its state).
    /// </summary>
    public async Task<List<HsdsProblem>> NeedingStateOptionAsync(IDbContextFactory<DirectoryDbContext> contexts, CancellationToken cancellationToken)
    {
        if (_unplaced.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var known = new HashSet<Guid>();
        foreach (var chunk in _unplaced.Select(u => u.Id).Distinct().Chunk(500))
        {
            known.UnionWith(await db.Partners.IgnoreQueryFilters().Where(p => chunk.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken));
        }

        return _unplaced.Where(u => !known.Contains(u.Id)).DistinctBy(u => u.Id)
            .Select(u => u.At with { Message = $"organization {u.Id}{(u.Name is null ? "" : $" '{u.Name}'")} names no state (no state or county area, no address state_province that is a US state)" })
            .ToList();
    }

    /// <returns>Whether the extent names a state (known or not).</returns>
    private bool Extent(HsdsRecord record, string? extent, string path)
    {
        if (extent?.Split(':', 2) is not [var kind, var rest])
        {
            return false;
        }

        var code = rest.Split(';', 2)[0];
        if (string.Equals(kind, "state", StringComparison.OrdinalIgnoreCase))
        {
            if (places.StateByCode(code) is null)
            {
                Problems.Add(record.Problem(path, $"state '{code}' is not in the database: {HowToAdd(code)}"));
            }

            return true;
        }

        if (!string.Equals(kind, "county", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (places.CountyByFips(code) is null)
        {
            var state = UsState.All.FirstOrDefault(s => code.StartsWith(s.Fips, StringComparison.Ordinal) && code.Length == 5);
            Problems.Add(record.Problem(path, state is null
                ? $"county '{code}' is not a county FIPS code we know (5 digits, state FIPS first)"
                : $"county {code} ({state.Code}) is not in the database: add it to seed-data/{state.Code.ToLowerInvariant()}/state.json and run `seed`, then import again"));
        }

        return true;
    }

    /// <returns>Whether the address names a US state (known or not); "MyState" names none.</returns>
    private bool AddressState(HsdsRecord record, string? text, string path)
    {
        if (text is null || places.StateNamed(text) is not null)
        {
            return text is not null;
        }

        if (UsState.All.FirstOrDefault(s => string.Equals(s.Code, text.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(s.Name, text.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } state)
        {
            return false;
        }

        Problems.Add(record.Problem(path, $"state '{text}' ({state.Code}) is not in the database: {HowToAdd(state.Code)}"));
        return true;
    }

    private sealed record Unplaced(Guid Id, string? Name, HsdsProblem At);
}
