using CareDirectory.Editing.EducatorResources;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Editing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.EducatorResources;

/// <summary><c>createEducatorResource</c>, <c>updateEducatorResource</c>, <c>archiveEducatorResource</c>.</summary>
public static class EducatorResourceMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        RecordMutations.Add<Domain.EducatorResource, EducatorResourceInput, CreateEducatorResourceInputType, UpdateEducatorResourceInputType, EducatorResourceType>(
            mutation, EducatorResourceEditing.Instance, "educator resource");

    internal static void AddFields(InputObjectGraphType<EducatorResourceInput> type, bool create)
    {
        if (create)
        {
            type.Field<NonNullGraphType<StringGraphType>>("state").Description("USPS code of the resource's state.");
            type.Field<NonNullGraphType<StringGraphType>>("title").Description("Title (at most 300 characters).");
            type.Field<NonNullGraphType<StringGraphType>>("url").Description("Absolute http(s) URL of the resource.");
        }
        else
        {
            type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the resource.");
            type.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gives CONFLICT.");
            type.Field<StringGraphType>("title").Description("Title (at most 300 characters).");
            type.Field<StringGraphType>("url").Description("Absolute http(s) URL of the resource.");
        }

        type.Field<StringGraphType>("county").Description("FIPS code of the resource's county; leave out for a statewide one. Must be inside your key's scope.");
        type.Field<IdGraphType>("owner").Description("Global id of the owning partner; your key must cover it.");
        type.Field<StringGraphType>("description").Description("What it is (at most 4000 characters).");
        type.Field<ResourceKindType>("resourceKind").Description("Video, recording, guide, form, web page or directory.");
        type.Field<ListGraphType<NonNullGraphType<AudienceType>>>("audiences").Description("Who it is for (replaces the list).");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("topics").Description("Topics from the controlled vocabulary (replaces the list).");
        type.Field<StringGraphType>("language").Description("BCP 47 language tag, e.g. en.");
        type.Field<IntGraphType>("durationMinutes").Description("Length of a video or recording, 1–1440 minutes.");
        type.Field<IntGraphType>("minimumAge").Description("Youngest age it is meant for, 0–120.");
        type.Field<IntGraphType>("maximumAge").Description("Oldest age it is meant for, 0–120, not below minimumAge.");
    }
}

/// <summary><c>CreateEducatorResourceInput</c>.</summary>
public sealed class CreateEducatorResourceInputType : InputObjectGraphType<EducatorResourceInput>
{
    public CreateEducatorResourceInputType()
    {
        Description = "A new educator resource.";
        EducatorResourceMutations.AddFields(this, create: true);
    }
}

/// <summary><c>UpdateEducatorResourceInput</c>.</summary>
public sealed class UpdateEducatorResourceInputType : InputObjectGraphType<EducatorResourceInput>
{
    public UpdateEducatorResourceInputType()
    {
        Description = "Changes to an educator resource; fields left out keep their value.";
        EducatorResourceMutations.AddFields(this, create: false);
    }
}
