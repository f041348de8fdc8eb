"""Every scenario of ``features/`` runs as a test: the living documentation stays true."""

from pytest_bdd import scenarios

scenarios("")
