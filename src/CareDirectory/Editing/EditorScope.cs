using CareDirectory.Data;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Editing;

/// <summary>An API key's scope resolved against the database: which state, county or partner it may change.</summary>
public sealed record EditorScope(ApiKeyScopeKind Kind, Guid? StateId, Guid? CountyId, Guid? PartnerId)
{
    public static async Task<EditorScope> ResolveAsync(DirectoryDbContext db, ApiKeyScope scope, CancellationToken cancellationToken)
    {
        // A scope naming a record that no longer exists resolves to ids nothing matches: the key can change nothing.
        switch (scope.Kind)
        {
            case ApiKeyScopeKind.State:
                var stateId = await db.States.IgnoreQueryFilters().Where(s => s.Code == scope.Value).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
                return new(scope.Kind, stateId ?? Guid.Empty, null, null);
            case ApiKeyScopeKind.County:
                var county = await db.Counties.IgnoreQueryFilters().Where(c => c.Fips == scope.Value).Select(c => new { c.Id, c.StateId }).FirstOrDefaultAsync(cancellationToken);
                return new(scope.Kind, county?.StateId ?? Guid.Empty, county?.Id ?? Guid.Empty, null);
            case ApiKeyScopeKind.Partner:
                var partnerId = Guid.TryParse(scope.Value, out var id) ? id : Guid.Empty;
                var partnerState = await db.Partners.IgnoreQueryFilters().Where(p => p.Id == partnerId).Select(p => (Guid?)p.StateId).FirstOrDefaultAsync(cancellationToken);
                return new(scope.Kind, partnerState ?? Guid.Empty, null, partnerId);
            default:
                return new(ApiKeyScopeKind.Admin, null, null, null);
        }
    }

    /// <summary>
    /// True when the key may change a record with this footprint: admin anything; a state key its state; a county
    /// key records confined to its county (not statewide ones); a partner key that partner's own records.
    /// </summary>
    public bool Covers(Footprint footprint) => Kind switch
    {
        ApiKeyScopeKind.Admin => true,
        ApiKeyScopeKind.State => footprint.StateId == StateId,
        ApiKeyScopeKind.County => footprint.StateId == StateId && footprint.Counties is { Count: > 0 } counties && counties.All(c => c == CountyId),
        ApiKeyScopeKind.Partner => footprint.StateId == StateId && footprint.PartnerId == PartnerId,
        _ => false,
    };
}
