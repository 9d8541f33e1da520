using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Pages.Errors;

/// <summary>The page shown for an error status (404, 403, 413, 429…), in plain words; it keeps the status code.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Show(code);

    // A failed POST (a too large upload, too many sign-ins) is re-executed as a POST.
    public void OnPost(int code) => Show(code);

    public string Title(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Code switch
        {
            404 => t["页面不存在"],
            403 => t["没有权限"],
            401 => t["请先登录"],
            413 => t["上传的文件太大"],
            429 => t["尝试次数过多"],
            400 => t["请求无效"],
            _ => t["出错了"],
        };
    }

    public string Message(IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Code switch
        {
            404 => t["您要找的文章、国家对或官员不在库中。"],
            403 => t["您的账户没有编辑权限。如需上传或修改文章，请联系管理员。"],
            401 => t["此操作需要编辑账户登录。"],
            413 => t["一次上传最多100 MB，每个文件最多5 MB。请分批上传。"],
            429 => t["登录尝试过于频繁，请一分钟后再试。"],
            400 => t["请求无效或表单已过期，请返回重新提交。"],
            _ => t["服务器处理请求时出现问题，已记录在日志中。请稍后重试。"],
        };
    }

    private void Show(int code)
    {
        // Only codes that are errors are shown as such; /errors/200 is a 404.
        Code = code is >= 400 and < 600 ? code : 404;
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = Code;
        }
    }
}
