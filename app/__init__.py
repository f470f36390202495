"""LiveGuard core: rules, audio, recognition, store and reports. Imports no Qt (see pyproject's import contract)."""

__version__ = "0.1.0"
APP_NAME = "LiveGuard"
APP_NAME_CN = "直播合规助手"
