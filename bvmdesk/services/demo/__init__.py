"""Realistic, reproducible demo data for an empty database (`bvmdesk demo`)."""

from bvmdesk.services.demo.generator import DemoAccount, DemoResult, generate_demo

__all__ = ["DemoAccount", "DemoResult", "generate_demo"]
