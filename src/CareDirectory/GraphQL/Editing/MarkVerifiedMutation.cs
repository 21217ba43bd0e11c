using CareDirectory.Domain;
using CareDirectory.Editing;
using CareDirectory.Editing.EducatorResources;
using CareDirectory.Editing.Meetings;
using CareDirectory.Editing.Partners;
using CareDirectory.Editing.Programs;
using CareDirectory.GraphQL.Nodes;
using GraphQL;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary><c>markVerified</c>: records who checked a record's facts, and when, in its provenance.</summary>
public static class MarkVerifiedMutation
{
    public static void AddTo(ObjectGraphType mutation) =>
        MutationConvention.Add(mutation, "markVerified", new MarkVerifiedInputType(), new MutationResult("node", typeof(NodeInterface), "verified record"), async c =>
            {
                var editor = EditorAccess.RequireEditor(c);
                var id = c.GetArgument<Dictionary<string, object?>>("input")["id"]?.ToString();
                var edits = RecordMutations.Edits(c);
                PublicId.TryDecode(id, out var type, out _);
                return type switch
                {
                    "Partner" => await edits.MarkVerifiedAsync(PartnerEditing.Instance, editor, new PartnerInput { Id = id }, c.CancellationToken),
                    "Program" => await edits.MarkVerifiedAsync(ProgramEditing.Instance, editor, new ProgramInput { Id = id }, c.CancellationToken),
                    "Meeting" => await edits.MarkVerifiedAsync(MeetingEditing.Instance, editor, new MeetingInput { Id = id }, c.CancellationToken),
                    "EducatorResource" => await edits.MarkVerifiedAsync(EducatorResourceEditing.Instance, editor, new EducatorResourceInput { Id = id }, c.CancellationToken),
                    _ => EditPayload.Refused([UserError.Invalid($"id: '{id}' is not the id of a partner, program, meeting or educator resource.", "id")]),
                };
            })
            .Description("Records that you checked a record's facts against its source today (provenance.lastVerified and verifiedBy).");
}

/// <summary><c>MarkVerifiedInput</c>.</summary>
public sealed class MarkVerifiedInputType : InputObjectGraphType
{
    public MarkVerifiedInputType()
    {
        Description = "The record whose facts you have checked against the source today.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id of a partner, program, meeting or educator resource.");
    }
}
