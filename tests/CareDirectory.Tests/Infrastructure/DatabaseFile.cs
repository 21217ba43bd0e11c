using Microsoft.Data.Sqlite;

namespace CareDirectory.Tests.Infrastructure;

/// <summary>Reads a data directory's SQLite file directly (read-only), to check what a CLI run wrote or did not write.</summary>
public static class DatabaseFile
{
    private static readonly string[] _directoryTables =
        ["States", "Counties", "Partners", "Programs", "ServiceTypes", "Meetings", "EducatorResources", "PartnerServiceAreas", "ProgramServiceAreas", "ProgramServiceTypes", "ChangeLog"];

    public static List<string> Query(TempFolder data, string sql) => Query(data.Path, sql);

    /// <summary>The same for a data directory by path (an in-process application's, <see cref="DirectoryAppFactory.DataDirectory"/>).</summary>
    public static List<string> Query(string dataDirectory, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "caredirectory.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
        }

        return rows;
    }

    public static int Count(TempFolder data, string from) =>
        int.Parse(Query(data, $"SELECT COUNT(*) FROM {from}")[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every row of every directory table (and the change log), to prove a run changed nothing.</summary>
    public static string Snapshot(TempFolder data) => Snapshot(data.Path);

    public static string Snapshot(string data) =>
        string.Join("\n", _directoryTables.SelectMany(t => Query(data, $"SELECT * FROM \"{t}\" ORDER BY 1").Prepend(t)));
}
