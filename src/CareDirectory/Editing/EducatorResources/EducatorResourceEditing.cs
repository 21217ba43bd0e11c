using CareDirectory.Domain;

namespace CareDirectory.Editing.EducatorResources;

/// <summary>Educator resources sit in a county (or statewide) and may name an owning partner.</summary>
public sealed class EducatorResourceEditing() : PlacedRecordEditing<EducatorResource, EducatorResourceInput>("EducatorResource", create => new EducatorResourceInputValidator(create), "owner")
{
    public static readonly EducatorResourceEditing Instance = new();

    protected override EducatorResource New(string key, string name, Provenance provenance) => new() { Key = key, Title = name, Provenance = provenance };

    protected override void CopyFields(EducatorResource resource, EducatorResourceInput input)
    {
        resource.Title = input.Title?.Trim() ?? resource.Title;
        resource.Description = input.Description ?? resource.Description;
        resource.Kind = input.ResourceKind ?? resource.Kind;
        resource.Url = input.Url ?? resource.Url;
        resource.Audiences = input.Audiences ?? resource.Audiences;
        resource.Topics = input.Topics ?? resource.Topics;
        resource.Language = input.Language ?? resource.Language;
        resource.DurationMinutes = input.DurationMinutes ?? resource.DurationMinutes;
        resource.MinimumAge = input.MinimumAge ?? resource.MinimumAge;
        resource.MaximumAge = input.MaximumAge ?? resource.MaximumAge;
    }
}
