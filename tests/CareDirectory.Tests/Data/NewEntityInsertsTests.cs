using System.Data.Common;
using CareDirectory.Data;
using CareDirectory.Domain;
using CareDirectory.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareDirectory.Tests.Data;

/// <summary>
/// <see cref="NewEntityInserts"/> (the bulk path of <c>import hsds</c>, #21) against SaveChanges on the same provider:
/// a partner and a program with every column filled in (JSON columns, converted enums and times, service areas,
/// service types, text that JSON escapes) add the very same rows to every table, change-log entries (in the same order)
/// and database-numbered keys included, also after updates saved in the same transaction; a record the database
/// refuses leaves nothing of its transaction.
/// </summary>
public abstract class NewEntityInsertsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 15, 30, 123, 456, TimeSpan.Zero);

    /// <summary>A fresh database of the provider under test, seeded.</summary>
    protected abstract DirectoryAppFactory NewApp();

    [DatabaseFact]
    public async Task NewRecordsAreStoredAsTheRowsAndChangeLogSaveChangesWrites()
    {
        await using var saved = NewApp();
        await using var inserted = NewApp();
        var (savedBefore, insertedBefore) = (await TableRows.ReadAsync(saved), await TableRows.ReadAsync(inserted));
        var since = await ChangeLogReads.LastSequenceAsync(inserted);

        await using (var db = saved.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AddRange(await RecordsAsync(db));
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await using (var db = inserted.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await InsertAsync(db, await RecordsAsync(db));
            await transaction.CommitAsync();
        }

        var added = TableRows.Added(insertedBefore, await TableRows.ReadAsync(inserted));
        Assert.Equal(["ChangeLog", "PartnerServiceAreas", "Partners", "ProgramServiceAreas", "ProgramServiceTypes", "Programs"], added.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((2, 4, 1, 1, 2, 3), (added["Partners"].Count, added["PartnerServiceAreas"].Count, added["Programs"].Count, added["ProgramServiceAreas"].Count, added["ProgramServiceTypes"].Count, added["ChangeLog"].Count));
        TableRows.AssertSame(TableRows.Added(savedBefore, await TableRows.ReadAsync(saved)), added);
        Assert.Equal(
            [$"Partner {PartnerId} Created 1", $"Partner {SecondPartnerId} Created 1", $"Program {ProgramId} Created 1"],
            (await ChangeLogReads.SinceAsync(inserted, since)).Select(e => $"{e.EntityType} {e.EntityId} {e.Kind} {e.Version}"));
    }

    /// <summary>
    /// The import inserts a batch's new records, then saves its changes to records we already had through SaveChanges:
    /// the rows and the change log (creations first) are those of one SaveChanges of both, as the import wrote them before.
    /// </summary>
    [DatabaseFact]
    public async Task NewRecordsInsertedThenUpdatesSavedWriteWhatOneSaveChangesOfBothWrites()
    {
        await using var saved = NewApp();
        await using var inserted = NewApp();
        var (savedBefore, insertedBefore) = (await TableRows.ReadAsync(saved), await TableRows.ReadAsync(inserted));
        var since = await ChangeLogReads.LastSequenceAsync(inserted);

        await using (var db = saved.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var records = await RecordsAsync(db);
            await ChangeOnePartnerAsync(db);
            db.AddRange(records);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Partner changed;
        await using (var db = inserted.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var records = await RecordsAsync(db);
            changed = await ChangeOnePartnerAsync(db);
            await InsertAsync(db, records);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var added = TableRows.Added(insertedBefore, await TableRows.ReadAsync(inserted));
        TableRows.AssertSame(TableRows.Added(savedBefore, await TableRows.ReadAsync(saved)), added);
        Assert.Equal(
            [$"Partner {PartnerId} Created 1", $"Partner {SecondPartnerId} Created 1", $"Program {ProgramId} Created 1", $"Partner {changed.Id} Updated {changed.Version}"],
            (await ChangeLogReads.SinceAsync(inserted, since)).Select(e => $"{e.EntityType} {e.EntityId} {e.Kind} {e.Version}"));
    }

    [DatabaseFact]
    public async Task ARecordTheDatabaseRefusesLeavesNothingOfItsTransaction()
    {
        await using var app = NewApp();
        var since = await ChangeLogReads.LastSequenceAsync(app);
        string takenKey;
        await using (var db = app.CreateDbContext())
        {
            takenKey = await db.Partners.OrderBy(p => p.Key).Select(p => p.Key).FirstAsync();
        }

        await using (var db = app.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var changed = await db.Partners.OrderBy(p => p.Key).Skip(1).FirstAsync();
            changed.Name = "Renamed in the refused transaction";
            changed.Version++;
            await db.SaveChangesAsync();
            var inserts = new NewEntityInserts(db);
            var records = await RecordsAsync(db);
            // The second new partner takes a key another partner has: the unique index refuses it after the first was inserted.
            records.OfType<Partner>().Last().Key = takenKey;
            foreach (var record in records)
            {
                inserts.Add(record);
            }

            await Assert.ThrowsAnyAsync<DbException>(() => inserts.SaveAsync(CancellationToken.None));
        }

        Assert.Empty(await ChangeLogReads.SinceAsync(app, since));
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await db.Partners.IgnoreQueryFilters().AnyAsync(p => p.Id == PartnerId || p.Name == "Renamed in the refused transaction"));
            Assert.False(await db.Programs.IgnoreQueryFilters().AnyAsync(p => p.Id == ProgramId));
        }
    }

    private static readonly Guid PartnerId = Guid.Parse("5b1c1c39-0b6a-4d67-9d4e-1f7b2a9e0001");
    private static readonly Guid SecondPartnerId = Guid.Parse("5b1c1c39-0b6a-4d67-9d4e-1f7b2a9e0002");
    private static readonly Guid ProgramId = Guid.Parse("5b1c1c39-0b6a-4d67-9d4e-1f7b2a9e0003");

    /// <summary>Two partners and a program of the first, every column and JSON member filled in where the model allows it.</summary>
    private static async Task<List<Entity>> RecordsAsync(DirectoryDbContext db)
    {
        var state = await db.States.OrderBy(s => s.Code).FirstAsync();
        var county = await db.Counties.Where(c => c.StateId == state.Id).OrderBy(c => c.Fips).FirstAsync();
        var types = await db.ServiceTypes.OrderBy(t => t.Code).Take(2).ToListAsync();
        var provenance = new Provenance { Source = "tests", Url = "https://example.org/source", LastVerified = new DateOnly(2026, 12, 1), VerifiedBy = "bulk test", Notes = "Conflict: \"two pages\" disagree – café" };
        Partner NewPartner(Guid id, string name) => new()
        {
            Id = id,
            Key = $"test/{id}",
            Name = name,
            AlternateName = "Familias Unidas ✓",
            Description = "Line one\nline two <b>&</b>",
            Website = "https://example.org/partner",
            Email = "help@example.org",
            StateId = state.Id,
            Roles = [PartnerRole.MobileResponse, PartnerRole.FamilySupport],
            Phones = [new Phone { Number = "(555) 555-0100", E164 = "+15555550100", Type = "hotline", Description = "24/7", TollFree = true }],
            Locations = [new PostalLocation { Name = "Main office", Address1 = "1 Main St", City = "Springfield", Region = state.Code, PostalCode = "08037", Latitude = 40.123456789, Longitude = -74.5 }],
            ServiceAreas = [new ServiceArea { Kind = ServiceAreaKind.County, Code = county.Fips, StateId = state.Id, CountyId = county.Id, Partial = true, Note = "north half" }, new ServiceArea { Kind = ServiceAreaKind.State, Code = state.Code, StateId = state.Id }],
            Translations = [new Translation { Language = "es", Name = "Servicios para niños", Description = "Descripción", Url = "https://example.org/es" }],
            HsdsExtra = "{\"fields\":{\"x\":1}}",
            Provenance = provenance with { },
            CreatedAt = Now,
            LastModified = Now,
            Version = 1,
            ContentHash = "hsds::ABC",
        };

        var program = new CareProgram
        {
            Id = ProgramId,
            Key = $"test/{ProgramId}",
            Name = "Mobile crisis response",
            AlternateName = "MRSS",
            Description = "Comes to you",
            PartnerId = PartnerId,
            StateId = state.Id,
            Website = "https://example.org/program",
            Email = "mrss@example.org",
            ServiceTypes = types,
            Eligibility = new Eligibility { MinimumAge = 3, MaximumAge = 21, Populations = ["youth", "families"], Description = "Children and youth" },
            Availability = new Availability { Available24x7 = true, Description = "Always" },
            ResponseTime = "within 1 hour",
            TypicalDuration = "8 weeks",
            Cost = new Cost { Free = true, PaymentOptions = ["Medicaid"], Description = "No cost" },
            Referral = new ReferralPathway { WhoRefers = ["self", "school"], HowToRefer = "Call", Phone = "988", FormName = "Intake", Url = "https://example.org/refer", ViaPartnerKey = "nj/psi" },
            Components = [new ProgramComponent { Position = 1, Name = "Stabilization", Description = "Up to 8 weeks" }, new ProgramComponent { Position = 2, Name = "Follow-up" }],
            Languages = ["en", "es"],
            ServiceAreas = [new ServiceArea { Kind = ServiceAreaKind.Zip, Code = "08037", StateId = state.Id, CountyId = county.Id }],
            Status = ProgramStatus.Active,
            Translations = [new Translation { Language = "es", Name = "Respuesta móvil" }],
            HsdsExtra = null,
            Provenance = provenance with { },
            CreatedAt = Now,
            LastModified = Now,
            Version = 1,
            ContentHash = null,
        };
        return [NewPartner(PartnerId, "Family Partners"), NewPartner(SecondPartnerId, "Second Partners"), program];
    }

    private static async Task InsertAsync(DirectoryDbContext db, IEnumerable<Entity> records)
    {
        var inserts = new NewEntityInserts(db);
        foreach (var record in records)
        {
            inserts.Add(record);
        }

        await inserts.SaveAsync(CancellationToken.None);
    }

    /// <summary>
    /// Renames the first seeded partner as an edit does (version and time moved), and sets its creation time, which two
    /// databases seeded at different times do not share; the change is left to save.
    /// </summary>
    private static async Task<Partner> ChangeOnePartnerAsync(DirectoryDbContext db)
    {
        var partner = await db.Partners.OrderBy(p => p.Key).FirstAsync();
        partner.Name = "Renamed with new partners";
        partner.Version++;
        partner.LastModified = Now;
        partner.CreatedAt = Now;
        return partner;
    }

}

public sealed class NewEntityInsertsOnSqliteTests : NewEntityInsertsTests
{
    protected override DirectoryAppFactory NewApp() => new();
}

[RequiresPostgres]
public sealed class NewEntityInsertsOnPostgresTests : NewEntityInsertsTests
{
    protected override DirectoryAppFactory NewApp() => new PostgresAppFactory();
}
