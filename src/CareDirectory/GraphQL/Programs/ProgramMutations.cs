using CareDirectory.Editing.Programs;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Editing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Programs;

/// <summary><c>createProgram</c>, <c>updateProgram</c>, <c>archiveProgram</c>.</summary>
public static class ProgramMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        RecordMutations.Add<Domain.CareProgram, ProgramInput, CreateProgramInputType, UpdateProgramInputType, ProgramType>(mutation, ProgramEditing.Instance, "program");

    internal static void AddFields(InputObjectGraphType<ProgramInput> type, bool create)
    {
        if (create)
        {
            type.Field<NonNullGraphType<IdGraphType>>("partner").Description("Global id of the partner offering the program; your key must cover it.");
            type.Field<NonNullGraphType<StringGraphType>>("name").Description("Program name (at most 300 characters).");
        }
        else
        {
            type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the program.");
            type.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gives CONFLICT.");
            type.Field<IdGraphType>("partner").Description("Move the program to another partner; your key must cover both.");
            type.Field<StringGraphType>("name").Description("Program name (at most 300 characters).");
        }

        type.Field<StringGraphType>("alternateName").Description("Short or other name.");
        type.Field<StringGraphType>("description").Description("What the program does (at most 4000 characters).");
        type.Field<StringGraphType>("website").Description("Absolute http(s) URL.");
        type.Field<StringGraphType>("email").Description("Contact email address.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("serviceTypes").Description("Service-type codes from Query.serviceTypes (replaces the list).");
        type.Field<EligibilityInputType>("eligibility").Description("Who the program serves (replaces the whole eligibility).");
        type.Field<StringGraphType>("responseTime").Description("How fast it responds.");
        type.Field<StringGraphType>("typicalDuration").Description("How long service typically lasts.");
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("BCP 47 language tags (replaces the list).");
        type.Field<ProgramStatusType>("status").Description("Whether it runs.");
        type.Field<ListGraphType<NonNullGraphType<ServiceAreaInputType>>>("serviceAreas").Description("Areas served, inside your key's scope (replaces the list).");
    }
}

/// <summary><c>CreateProgramInput</c>.</summary>
public sealed class CreateProgramInputType : InputObjectGraphType<ProgramInput>
{
    public CreateProgramInputType()
    {
        Description = "A new program of a partner.";
        ProgramMutations.AddFields(this, create: true);
    }
}

/// <summary><c>UpdateProgramInput</c>.</summary>
public sealed class UpdateProgramInputType : InputObjectGraphType<ProgramInput>
{
    public UpdateProgramInputType()
    {
        Description = "Changes to a program; fields left out keep their value.";
        ProgramMutations.AddFields(this, create: false);
    }
}

/// <summary><c>EligibilityInput</c>.</summary>
public sealed class EligibilityInputType : InputObjectGraphType<EligibilityInput>
{
    public EligibilityInputType()
    {
        Name = "EligibilityInput";
        Description = "Who a program serves.";
        Field<IntGraphType>("minimumAge").Description("Youngest age served, 0–120.");
        Field<IntGraphType>("maximumAge").Description("Oldest age served, 0–120, not below minimumAge.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("populations").Description("Populations in the source's words.");
        Field<StringGraphType>("description").Description("Eligibility in the source's words.");
    }
}
