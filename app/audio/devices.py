"""Input devices: list them, pick one by name or index, and check one can be opened (``probe_device``).

All functions query PortAudio through sounddevice; they are plain blocking calls that take a few
milliseconds (probing a device up to ~100 ms) — call them from a worker thread in the UI, never the UI
thread. ``probe_device`` returns a :class:`DeviceCheck` with a Chinese message a person can act on and
never raises.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFERRED_RATES = (16000, 48000, 44100, 32000, 22050, 96000, 8000)


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    hostapi: str
    channels: int
    default_rate: float
    is_default: bool = False

    def to_json(self) -> dict:
        return {
            "index": self.index,
            "name": self.name,
            "hostapi": self.hostapi,
            "channels": self.channels,
            "default_rate": self.default_rate,
            "is_default": self.is_default,
        }


@dataclass(frozen=True)
class DeviceCheck:
    ok: bool
    message: str
    device: InputDevice | None = None
    samplerate: int | None = None
    channels: int | None = None


class DeviceError(Exception):
    """No usable input device; the message (Chinese) says what to do."""


def _sd():
    import sounddevice

    return sounddevice


def rescan() -> None:
    """Make PortAudio forget its cached device list (a device plugged in later becomes visible).

    Only safe when no stream of this process is open.
    """
    sd = _sd()
    sd._terminate()  # noqa: SLF001 - sounddevice's documented way to refresh the device list
    sd._initialize()  # noqa: SLF001


def list_input_devices() -> list[InputDevice]:
    sd = _sd()
    try:
        default_in = sd.default.device[0]
    except Exception:  # noqa: BLE001 - no default device is a normal state
        default_in = -1
    hostapis = sd.query_hostapis()
    found = []
    for info in sd.query_devices():
        if info["max_input_channels"] <= 0:
            continue
        found.append(
            InputDevice(
                index=info["index"],
                name=info["name"],
                hostapi=hostapis[info["hostapi"]]["name"],
                channels=info["max_input_channels"],
                default_rate=float(info["default_samplerate"]),
                is_default=info["index"] == default_in,
            )
        )
    return found


def find_device(spec: str | int | None = None) -> InputDevice:
    """The input device named (case-insensitive substring) or numbered by ``spec``; the default if None."""
    devices = list_input_devices()
    if not devices:
        raise DeviceError("没有找到任何输入设备（麦克风）。请接上麦克风或声卡，确认系统声音设置里已启用后重试。")
    if spec is None or spec == "":
        for dev in devices:
            if dev.is_default:
                return dev
        return devices[0]
    if isinstance(spec, int) or str(spec).isdigit():
        index = int(spec)
        for dev in devices:
            if dev.index == index:
                return dev
        raise DeviceError(f"没有编号为 {index} 的输入设备。请运行 `python -m app devices` 查看可用设备。")
    wanted = str(spec).casefold()
    exact = [d for d in devices if d.name.casefold() == wanted]
    matches = exact or [d for d in devices if wanted in d.name.casefold()]
    if not matches:
        raise DeviceError(f"没有名称包含“{spec}”的输入设备。请运行 `python -m app devices` 查看可用设备。")
    return matches[0]


def choose_settings(device: InputDevice) -> tuple[int, int]:
    """A ``(samplerate, channels)`` the device accepts: 16 kHz mono if possible, else its own rate."""
    sd = _sd()
    rates = [16000, int(device.default_rate)] + [r for r in PREFERRED_RATES if r not in (16000,)]
    channel_options = [1] if device.channels >= 1 else []
    if device.channels >= 2:
        channel_options.append(2)
    last_error: Exception | None = None
    for channels in channel_options:
        for rate in dict.fromkeys(rates):
            try:
                sd.check_input_settings(device=device.index, samplerate=rate, channels=channels, dtype="int16")
                return rate, channels
            except Exception as exc:  # noqa: BLE001 - PortAudio reports unsupported settings as errors
                last_error = exc
    raise DeviceError(f"输入设备“{device.name}”不支持任何常用采样率（{last_error}）。请在系统声音设置中检查该设备。")


def probe_device(spec: str | int | None = None) -> DeviceCheck:
    """Check that an input device exists and can be opened; never raises."""
    try:
        device = find_device(spec)
        rate, channels = choose_settings(device)
    except DeviceError as exc:
        return DeviceCheck(False, str(exc))
    except Exception as exc:  # noqa: BLE001 - PortAudio missing or broken: report, don't crash
        return DeviceCheck(False, f"无法访问音频系统：{exc}。请确认声卡驱动正常，必要时重启电脑。")
    note = "" if rate == 16000 else f"（以 {rate} Hz 采集，自动转换为 16 kHz）"
    return DeviceCheck(True, f"输入设备“{device.name}”可用{note}。", device, rate, channels)
