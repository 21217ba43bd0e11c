using CareDirectory.Domain;
using FluentValidation;

namespace CareDirectory.Editing;

/// <summary>
/// Records that sit in a county (or statewide) and may name a partner answering for them, which must be in scope too:
/// meetings (their organizer) and educator resources (their owner).
/// </summary>
/// <param name="partnerField">The input field naming the partner, for error paths.</param>
public abstract class PlacedRecordEditing<T, TInput>(string typeName, Func<bool, IValidator<TInput>> validator, string partnerField)
    : RecordEditing<T, TInput>(typeName, validator)
    where T : Entity, ICountyRecord
    where TInput : PlacedRecordInput
{
    public override async Task<T> CreateAsync(EditSession session, TInput input)
    {
        var state = await session.StateAsync(input.State!, "state");
        var county = input.County is { } fips ? await session.CountyAsync(fips, state.Id, "county") : null;
        var record = New(await session.NewKeyAsync<T>(county?.Key ?? state.Key, input.Title!), input.Title!.Trim(), session.EditorProvenance);
        record.StateId = state.Id;
        record.CountyId = county?.Id;
        await ApplyAsync(session, record, input);
        return record;
    }

    public override async Task UpdateAsync(EditSession session, T record, TInput input)
    {
        if (input.County is { } fips)
        {
            record.CountyId = (await session.CountyAsync(fips, record.StateId, "county")).Id;
        }

        await ApplyAsync(session, record, input);
    }

    public override Task AuthorizeAsync(EditSession session, T record, bool asFound) =>
        session.AuthorizePlacedAsync(record.StateId, record.CountyId, record.ResponsiblePartnerId, asFound, partnerField);

    public override Task<UserError?> RestoreBlockerAsync(EditSession session, T record) =>
        record.ResponsiblePartnerId is { } partner ? session.PartnerArchivedAsync(partner, TypeName) : Task.FromResult<UserError?>(null);

    private async Task ApplyAsync(EditSession session, T record, TInput input)
    {
        if (input.ResponsiblePartner is { } partner)
        {
            // Named by the input: it must exist and be active (AuthorizeAsync then checks its scope).
            record.ResponsiblePartnerId = (await session.PartnerAsync(EditSession.PartnerId(partner, partnerField), partnerField)).Id;
        }

        CopyFields(record, input);
    }
}
