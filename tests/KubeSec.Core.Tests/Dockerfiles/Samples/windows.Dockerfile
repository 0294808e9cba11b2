# escape=`
FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]
WORKDIR C:\inetpub\wwwroot
RUN Invoke-WebRequest -OutFile C:\tools.zip https://example.com/tools.zip; `
    Expand-Archive C:\tools.zip -DestinationPath C:\tools; `
    Remove-Item C:\tools.zip -Force
COPY publish/ .
RUN Get-ChildItem C:\tools | Select-Object Name
