using CareDirectory.Domain;
using CareDirectory.Rules;
using FluentValidation;

namespace CareDirectory.Editing.EducatorResources;

/// <summary>Educator resources sit in a county (or statewide) and may name an owning partner, which must be in scope too.</summary>
public sealed class EducatorResourceEditing : RecordEditing<EducatorResource, EducatorResourceInput>
{
    public static readonly EducatorResourceEditing Instance = new();

    private static readonly EducatorResourceInputValidator _create = new(create: true);
    private static readonly EducatorResourceInputValidator _update = new(create: false);

    public override string TypeName => "EducatorResource";

    public override IValidator<EducatorResourceInput> Validator(bool create) => create ? _create : _update;

    public override IReadOnlyList<RuleViolation> Check(EducatorResource record) => RecordRules.Check(record);

    public override async Task<EducatorResource> CreateAsync(EditSession session, EducatorResourceInput input)
    {
        var state = await session.StateAsync(input.State!, "state");
        var county = input.County is { } fips ? await session.CountyAsync(fips, state.Id, "county") : null;
        var resource = new EducatorResource
        {
            Key = await session.NewKeyAsync<EducatorResource>(county?.Key ?? state.Key, input.Title!),
            Title = input.Title!.Trim(),
            StateId = state.Id,
            CountyId = county?.Id,
            Provenance = new Provenance { Source = session.Editor.Source, LastVerified = DateOnly.FromDateTime(session.Now.UtcDateTime) },
        };
        Apply(resource, input);
        return resource;
    }

    public override async Task UpdateAsync(EditSession session, EducatorResource record, EducatorResourceInput input)
    {
        if (input.County is { } fips)
        {
            record.CountyId = (await session.CountyAsync(fips, record.StateId, "county")).Id;
        }

        Apply(record, input);
    }

    public override Task AuthorizeAsync(EditSession session, EducatorResource record, bool asFound) =>
        session.AuthorizePlacedAsync(record.StateId, record.CountyId, record.OwnerId, asFound, "owner");

    public override EducatorResource Preview(EducatorResourceInput input)
    {
        var resource = new EducatorResource { Key = string.Empty, Title = string.Empty, Provenance = EditSession.PreviewProvenance };
        CopyFields(resource, input);
        return resource;
    }

    private static void Apply(EducatorResource resource, EducatorResourceInput input)
    {
        resource.OwnerId = input.Owner is { } owner ? EditSession.PartnerId(owner, "owner") : resource.OwnerId;
        CopyFields(resource, input);
    }

    /// <summary>The fields an input sets directly (null leaves a field as it is).</summary>
    private static void CopyFields(EducatorResource resource, EducatorResourceInput input)
    {
        resource.Title = input.Title?.Trim() ?? resource.Title;
        resource.Description = input.Description ?? resource.Description;
        resource.Kind = input.Kind ?? resource.Kind;
        resource.Url = input.Url ?? resource.Url;
        resource.Audiences = input.Audiences ?? resource.Audiences;
        resource.Topics = input.Topics ?? resource.Topics;
        resource.Language = input.Language ?? resource.Language;
        resource.DurationMinutes = input.DurationMinutes ?? resource.DurationMinutes;
        resource.MinimumAge = input.MinimumAge ?? resource.MinimumAge;
        resource.MaximumAge = input.MaximumAge ?? resource.MaximumAge;
    }
}
