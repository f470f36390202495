"""`python -m app devices [--format jsonl]`: list the audio input devices (麦克风/声卡)."""

from __future__ import annotations

import json
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("devices", help="列出音频输入设备（麦克风）")
    parser.add_argument("--format", choices=["text", "jsonl"], default="text", help="输出格式")
    parser.add_argument("--probe", metavar="NAME", default=None, help="检查该设备能否打开（名称或编号）")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    from app.audio.devices import list_input_devices, probe_device

    if args.probe is not None:
        check = probe_device(args.probe)
        print(check.message, file=sys.stdout if check.ok else sys.stderr)
        return 0 if check.ok else 2
    try:
        devices = list_input_devices()
    except Exception as exc:  # noqa: BLE001 - PortAudio missing/broken
        print(f"无法访问音频系统：{exc}。请确认已安装声卡驱动（Linux 需要 libportaudio2）。", file=sys.stderr)
        return 2
    if args.format == "jsonl":
        for dev in devices:
            print(json.dumps(dev.to_json(), ensure_ascii=False), flush=True)
        return 0
    if not devices:
        print("没有找到任何输入设备（麦克风）。请接上麦克风或声卡，确认系统声音设置里已启用后重试。")
        return 0
    print("编号  名称  （接口，声道，默认采样率）")
    for dev in devices:
        mark = "  ← 默认" if dev.is_default else ""
        print(f"{dev.index:>4}  {dev.name}  （{dev.hostapi}，{dev.channels} 声道，{dev.default_rate:.0f} Hz）{mark}")
    return 0
