"""Use cases of the reception desk: each public function is one user action in one transaction.

Services take and return plain values (dataclasses of the domain and of
this package), never live ORM objects, so widgets cannot touch the database.
"""
