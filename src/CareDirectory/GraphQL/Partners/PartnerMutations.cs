using CareDirectory.Editing.Partners;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Editing;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Partners;

/// <summary><c>createPartner</c>, <c>updatePartner</c>, <c>archivePartner</c>.</summary>
public static class PartnerMutations
{
    public static void AddTo(ObjectGraphType mutation) =>
        RecordMutations.Add<Domain.Partner, PartnerInput, CreatePartnerInputType, UpdatePartnerInputType, PartnerType>(mutation, PartnerEditing.Instance, "partner");

    /// <summary>The fields create and update share; <paramref name="create"/> makes the required ones non-null.</summary>
    internal static void AddFields(InputObjectGraphType<PartnerInput> type, bool create)
    {
        if (create)
        {
            type.Field<NonNullGraphType<StringGraphType>>("state").Description("USPS code of the state whose system of care the partner belongs to.");
            type.Field<NonNullGraphType<StringGraphType>>("name").Description("Organisation name (at most 300 characters).");
        }
        else
        {
            type.Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of the partner.");
            type.Field<NonNullGraphType<IntGraphType>>("version").Description("The version you read; a stale one gives CONFLICT.");
            type.Field<StringGraphType>("name").Description("Organisation name (at most 300 characters).");
        }

        type.Field<StringGraphType>("alternateName").Description("Short or other name (at most 300 characters).");
        type.Field<StringGraphType>("description").Description("What the organisation does (at most 4000 characters).");
        type.Field<StringGraphType>("website").Description("Absolute http(s) URL.");
        type.Field<StringGraphType>("email").Description("Contact email address.");
        type.Field<ListGraphType<NonNullGraphType<PartnerRoleType>>>("roles").Description("Its roles in the system of care (replaces the list).");
        type.Field<ListGraphType<NonNullGraphType<PhoneInputType>>>("phones").Description("Phone numbers in E.164 form (replaces the list; at most 20).");
        type.Field<ListGraphType<NonNullGraphType<ServiceAreaInputType>>>("serviceAreas").Description("Areas served, inside your key's scope (replaces the list; at most 100).");
    }
}

/// <summary><c>CreatePartnerInput</c>.</summary>
public sealed class CreatePartnerInputType : InputObjectGraphType<PartnerInput>
{
    public CreatePartnerInputType()
    {
        Description = "A new partner.";
        PartnerMutations.AddFields(this, create: true);
    }
}

/// <summary><c>UpdatePartnerInput</c>.</summary>
public sealed class UpdatePartnerInputType : InputObjectGraphType<PartnerInput>
{
    public UpdatePartnerInputType()
    {
        Description = "Changes to a partner; fields left out keep their value.";
        PartnerMutations.AddFields(this, create: false);
    }
}
