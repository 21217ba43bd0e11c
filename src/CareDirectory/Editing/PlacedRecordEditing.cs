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
        Apply(record, input);
        return record;
    }

    public override async Task UpdateAsync(EditSession session, T record, TInput input)
    {
        if (input.County is { } fips)
        {
            record.CountyId = (await session.CountyAsync(fips, record.StateId, "county")).Id;
        }

        Apply(record, input);
    }

    public override Task AuthorizeAsync(EditSession session, T record, bool asFound) =>
        session.AuthorizePlacedAsync(record.StateId, record.CountyId, record.ResponsiblePartnerId, asFound, partnerField);

    private void Apply(T record, TInput input)
    {
        record.ResponsiblePartnerId = input.ResponsiblePartner is { } partner ? EditSession.PartnerId(partner, partnerField) : record.ResponsiblePartnerId;
        CopyFields(record, input);
    }
}
