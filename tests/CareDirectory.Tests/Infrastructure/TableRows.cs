using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>
/// Every row of every table of the model, every column as the database returns it (<c>SELECT *</c>), as text: for
/// comparing what two write paths stored, down to converted values, JSON text and database-numbered keys. Left out:
/// the search index's checkpoints (the application's index worker moves them on its own time) and PostgreSQL's
/// <c>ChangeLog.TransactionId</c> (the server's transaction number, which two databases of one server never share).
/// </summary>
public static class TableRows
{
    /// <summary>Each table's rows, sorted, by table name.</summary>
    public static async Task<Dictionary<string, List<string>>> ReadAsync(DirectoryAppFactory app)
    {
        await using var db = app.CreateDbContext();
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetRelationalModel().Tables.Where(t => t.Name != "SyncCheckpoints"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "TransactionId").Select(i => $"{reader.GetName(i)}={Text(reader.GetValue(i))}")));
            }

            tables[table.Name] = rows.Order(StringComparer.Ordinal).ToList();
        }

        return tables;
    }

    /// <summary>The rows of <paramref name="after"/> that <paramref name="before"/> did not have, by table (tables with none left out).</summary>
    public static Dictionary<string, List<string>> Added(Dictionary<string, List<string>> before, Dictionary<string, List<string>> after) =>
        after.Select(table => (table.Key, Rows: table.Value.Except(before.GetValueOrDefault(table.Key) ?? [], StringComparer.Ordinal).ToList()))
            .Where(table => table.Rows.Count > 0)
            .ToDictionary(table => table.Key, table => table.Rows, StringComparer.Ordinal);

    /// <summary>Asserts that both hold the same tables with the same rows, naming the first rows that differ in full (a dictionary's own message cuts them).</summary>
    public static void AssertSame(Dictionary<string, List<string>> expected, Dictionary<string, List<string>> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, rows) in expected)
        {
            var missing = rows.Except(actual[table], StringComparer.Ordinal).Take(2).ToList();
            var extra = actual[table].Except(rows, StringComparer.Ordinal).Take(2).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0 && rows.Count == actual[table].Count,
                $"{table}: {rows.Count} row(s) expected, {actual[table].Count} found\nexpected, not found:\n{string.Join("\n", missing)}\nfound, not expected:\n{string.Join("\n", extra)}");
        }
    }

    /// <summary>A value as text that keeps all of it (times to the tick, arrays item by item, bytes as hex).</summary>
    private static string Text(object value) => value switch
    {
        DBNull => "NULL",
        string text => text,
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IEnumerable items => $"[{string.Join(",", items.Cast<object>().Select(Text))}]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
