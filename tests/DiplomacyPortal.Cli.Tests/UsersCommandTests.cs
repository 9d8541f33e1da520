using DiplomacyPortal.Cli.Commands;
using DiplomacyPortal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Cli.Tests;

public sealed class UsersCommandTests : CommandTestFolder
{
    private Task<(int ExitCode, string Output, string Error)> RunAsync(string standardInput, params string[] args) =>
        RunWithInputAsync(standardInput, ["users", .. args, "--db", Database]);

    [Fact]
    public async Task The_first_admin_is_created_with_a_password_from_standard_input_and_the_password_is_hashed()
    {
        var (exitCode, output, _) = await RunAsync("a long enough passphrase\n", "add", "lan", "--role", "admin");
        var (_, list, _) = await RunAsync(string.Empty, "list");

        Assert.Equal(0, exitCode);
        Assert.Contains("Account lan created (admin).", output, StringComparison.Ordinal);
        Assert.Matches(@"lan\s+admin", list);
        await using var db = new PortalDbContext(PortalDatabase.Options($"Data Source={Database}"));
        var user = await db.Users.SingleAsync();
        Assert.DoesNotContain("passphrase", user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<IdentityUser>().VerifyHashedPassword(user, user.PasswordHash!, "a long enough passphrase"));
    }

    [Theory]
    [InlineData("short\n", "add", "minh", "at least 10")]
    [InlineData("", "add", "minh", "no password given")]
    [InlineData("a long enough passphrase\n", "add", "minh --role boss", "Must be one of")]
    public async Task Bad_input_is_explained_and_creates_no_account(string standardInput, string verb, string rest, string reason)
    {
        var (exitCode, _, error) = await RunAsync(standardInput, [verb, .. rest.Split(' ')]);
        var (_, list, _) = await RunAsync(string.Empty, "list");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, list.Trim());
    }

    [Fact]
    public async Task An_account_can_be_made_an_editor_later()
    {
        await RunAsync("a long enough passphrase\n", "add", "minh", "--role", "reader");

        var (exitCode, _, _) = await RunAsync(string.Empty, "role", "minh", "editor");
        var (_, list, _) = await RunAsync(string.Empty, "list");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"minh\s+editor", list);
    }
}
